using System.Collections.Immutable;

namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>
/// A dictionary phrase: upper-case words (joined by <c>_</c> or spaces in the file). The last word matches as a stem
/// (<c>ARGENTIN</c> matches <c>ARGENTINA</c>) unless the phrase ends in <c>_</c>, which asks for the exact word. Where the
/// file separates two words by a blank rather than <c>_</c>, other words may come between them in a sentence (PETRARCH2
/// <c>docs/source/dictionaries.rst</c>: "a blank between words means that additional words can occur between the
/// previous word and the next word; a <c>_</c> means that the words must be consecutive"); <see cref="OpenJoins"/>
/// records where. Readers that match phrases only whole ignore it.
/// </summary>
/// <param name="Words">The words, upper case.</param>
/// <param name="ExactLast">True when the phrase ended in <c>_</c>.</param>
/// <param name="OpenJoins">
/// One flag per pair of neighbouring words: true when a blank separated them in the file; default (no flags) when every
/// join is <c>_</c>.
/// </param>
public sealed record DictionaryPhrase(ImmutableArray<string> Words, bool ExactLast, ImmutableArray<bool> OpenJoins = default)
{
    /// <summary>True when some pair of neighbouring words was separated by a blank in the file.</summary>
    public bool HasOpenJoin => !OpenJoins.IsDefaultOrEmpty && OpenJoins.Contains(true);

    /// <summary>True when other words may stand between word <paramref name="index"/> and the next one.</summary>
    public bool IsOpenAfter(int index) => !OpenJoins.IsDefaultOrEmpty && index >= 0 && index < OpenJoins.Length && OpenJoins[index];

    /// <summary>Parses <c>AL-QAEDA</c>, <c>HAMAS_MILITARY_COMMAND</c>, <c>PRESIDENT HOSNI MURBARAK</c>, <c>ARNOR_</c>.</summary>
    /// <returns>Null when the text holds no word.</returns>
    public static DictionaryPhrase? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var exact = t.EndsWith('_');
        var words = new List<string>();
        var open = new List<bool>();
        var blankBefore = false;
        var start = -1;
        for (var i = 0; i <= t.Length; i++)
        {
            var separator = i == t.Length || t[i] is '_' or ' ' or '\t';
            if (!separator)
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                if (words.Count > 0)
                {
                    open.Add(blankBefore);
                }

                words.Add(t[start..i].ToUpperInvariant());
                start = -1;
                blankBefore = false;
            }

            blankBefore |= i < t.Length && t[i] is ' ' or '\t';
        }

        return words.Count == 0 ? null : new DictionaryPhrase([.. words], exact, open.Contains(true) ? [.. open] : default);
    }

    /// <inheritdoc />
    public override string ToString() => string.Join('_', Words) + (ExactLast ? "_" : string.Empty);
}
