using System.Collections.Immutable;

namespace Sitrep.Corpus.Actors;

/// <summary>
/// Strips the titles before a person's name (issue 10 point 4): <c>Field Marshal Khalifa Haftar</c> → <c>Khalifa
/// Haftar</c>, <c>President Erdogan</c> → <c>Erdogan</c>, <c>Interior Minister Fathi Bashagha</c> → <c>Fathi Bashagha</c>.
/// The rule: the name's leading capitalised words, up to the last one that ends a title (a word of
/// <see cref="TitleWords"/>, or the last word of the role the document gives the person), are a title, when at least
/// one word is left after them. A title's modifiers go with it ("Interior", "Field", "Turkish").
/// </summary>
public sealed class PersonTitles
{
    /// <summary>Most leading words read as a title.</summary>
    public const int MaxTitleWords = 5;

    /// <summary>
    /// The words that end a title by default: English forms of address, ranks and offices as the Guardian and Observer
    /// style guide ("titles") lists them, the heads of <c>data/lexicons/person-titles.txt</c> in one word.
    /// </summary>
    public static readonly ImmutableHashSet<string> DefaultTitleWords = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
        "president", "minister", "premier", "chancellor", "secretary", "secretary-general", "ambassador", "envoy",
        "king", "queen", "prince", "princess", "emir", "sultan", "sheikh", "shaikh", "pope", "ayatollah", "imam", "cardinal",
        "general", "gen", "marshal", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "brigadier",
        "admiral", "adm", "commander", "sergeant", "sgt", "senator", "sen", "rep", "representative", "governor", "gov",
        "mayor", "judge", "justice", "spokesman", "spokeswoman", "chairman", "chairwoman", "leader");

    /// <summary>The default title words.</summary>
    public static PersonTitles Default { get; } = new(DefaultTitleWords);

    /// <summary>Creates the stripper over a set of title-ending words (compared ignoring case).</summary>
    /// <param name="titleWords">Words that end a title.</param>
    public PersonTitles(ImmutableHashSet<string> titleWords)
    {
        ArgumentNullException.ThrowIfNull(titleWords);
        TitleWords = titleWords.WithComparer(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The words that end a title.</summary>
    public ImmutableHashSet<string> TitleWords { get; }

    /// <summary>The name without its leading title; the name itself when it has none or is all title.</summary>
    /// <param name="name">A person's name as written.</param>
    /// <param name="role">The role the document gives the person (its last word ends a title too), or null.</param>
    public string Strip(string name, string? role)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var roleEnd = role?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } r ? r[^1].TrimEnd('.') : null;
        var cut = 0;
        for (var i = 0; i < Math.Min(words.Length - 1, MaxTitleWords); i++)
        {
            var w = words[i];
            if (w.Length == 0 || !char.IsUpper(w[0]))
            {
                break;
            }

            var bare = w.TrimEnd('.', ',');
            if (TitleWords.Contains(bare) || (roleEnd is not null && bare.Equals(roleEnd, StringComparison.OrdinalIgnoreCase)))
            {
                cut = i + 1;
            }
        }

        return cut == 0 ? name.Trim() : string.Join(' ', words[cut..]);
    }
}
