using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Actors.Generic;

/// <summary>
/// The heads, modifiers and stop words of unnamed and generic actors (issue 8 point 1), built once from
/// <c>data/actors/generic.txt</c> (format in its header). Words are compared upper-case, so lookups work on any
/// letter case. Immutable and thread-safe.
/// </summary>
public sealed class GenericActorLexicon
{
    /// <summary>Path of the file under <c>data/</c>.</summary>
    public const string RelativePath = "actors/generic.txt";

    /// <summary>Longest head phrase, in words.</summary>
    public const int MaxHeadWords = 3;

    private readonly FrozenDictionary<string, GenericHead> _heads;
    private readonly FrozenDictionary<string, ImmutableArray<GenericModifier>> _modifiers;
    private readonly FrozenSet<string> _after;
    private readonly FrozenSet<string> _joint;
    private readonly FrozenSet<string> _adjectival;

    private GenericActorLexicon(string stamp, FrozenDictionary<string, GenericHead> heads, FrozenDictionary<string, ImmutableArray<GenericModifier>> modifiers, FrozenSet<string> after, FrozenSet<string> joint, FrozenSet<string> adjectival)
    {
        _adjectival = adjectival;
        Stamp = stamp;
        _heads = heads;
        _modifiers = modifiers;
        _after = after;
        _joint = joint;
    }

    /// <summary>Name and version of the file (<c>generic-actors@v2</c>).</summary>
    public string Stamp { get; }

    /// <summary>Number of head phrases, plurals included.</summary>
    public int HeadCount => _heads.Count;

    /// <summary>The head whose phrase is exactly these upper-case words joined by spaces, or null.</summary>
    public GenericHead? Head(string words) => _heads.GetValueOrDefault(words);

    /// <summary>The modifiers written as this upper-case word (empty when none).</summary>
    public ImmutableArray<GenericModifier> Modifiers(string word) => _modifiers.TryGetValue(word, out var m) ? m : [];

    /// <summary>True when this upper-case noun after a head makes the head a modifier ("STATION").</summary>
    public bool StopsAfter(string word) => _after.Contains(word);

    /// <summary>True when this upper-case noun after a head belongs to the actor ("PERSONNEL").</summary>
    public bool JoinsAfter(string word) => _joint.Contains(word);

    /// <summary>True when this upper-case head phrase is also an adjective ("MILITARY").</summary>
    public bool IsAdjectival(string head) => _adjectival.Contains(head);

    /// <summary>Builds the lexicon from the parsed file.</summary>
    /// <exception cref="DataFileException">Naming file and line, for an unknown kind, a wrong number of fields, an unknown
    /// ACLED type, a malformed agent code, or a head phrase given twice.</exception>
    public static GenericActorLexicon Load(DataFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var heads = new Dictionary<string, GenericHead>(StringComparer.Ordinal);
        var modifiers = new Dictionary<string, List<GenericModifier>>(StringComparer.Ordinal);
        var after = new HashSet<string>(StringComparer.Ordinal);
        var joint = new HashSet<string>(StringComparer.Ordinal);
        var adjectival = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in file.Lines)
        {
            var f = line.Fields;
            if (f.Length != 6)
            {
                throw line.Error($"expected 6 TAB-separated fields (kind, phrase, plurals|applies, agent, category, name), found {f.Length}.");
            }

            var phrase = Upper(f[1]);
            switch (f[0])
            {
                case "head" or "bound":
                    var agent = Agent(line, f[3]) ?? throw line.Error("a head needs an agent code.");
                    var category = Category(line, f[4]) ?? throw line.Error("a head needs an ACLED actor type.");
                    foreach (var form in Forms(phrase, f[2]))
                    {
                        var head = new GenericHead(agent, category, f[5].Trim(), form.Count(c => c == ' ') + 1, line.Number) { Bound = f[0] == "bound" };
                        if (head.Words > MaxHeadWords)
                        {
                            throw line.Error($"'{form}' has more than {MaxHeadWords} words.");
                        }

                        if (!heads.TryAdd(form, head) && heads[form].Line != line.Number)
                        {
                            throw line.Error($"head '{form}' is already given on line {heads[form].Line}.");
                        }
                    }

                    break;
                case "mod":
                    FrozenSet<string>? applies = f[2].Trim() == "*" ? null : f[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
                    var modifier = new GenericModifier(applies, Agent(line, f[3]), Category(line, f[4]), f[5].Trim() == "-" ? null : f[5].Trim(), line.Number);
                    if (!modifiers.TryGetValue(phrase, out var list))
                    {
                        modifiers[phrase] = list = [];
                    }

                    list.Add(modifier);
                    break;
                case "after":
                    after.Add(phrase);
                    break;
                case "joint":
                    joint.Add(phrase);
                    break;
                case "adj":
                    adjectival.Add(phrase);
                    break;
                default:
                    throw line.Error($"unknown kind '{f[0]}': expected head, bound, mod, after, joint or adj.");
            }
        }

        return new GenericActorLexicon(
            file.Stamp,
            heads.ToFrozenDictionary(StringComparer.Ordinal),
            modifiers.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal),
            after.ToFrozenSet(StringComparer.Ordinal),
            joint.ToFrozenSet(StringComparer.Ordinal),
            adjectival.ToFrozenSet(StringComparer.Ordinal));
    }

    private static string Upper(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToUpperInvariant();

    // The singular and its plurals, as in agents.txt: empty = regular plural of the last word, "-" = none.
    private static IEnumerable<string> Forms(string phrase, string plurals)
    {
        yield return phrase;
        var p = plurals.Trim();
        if (p == "-")
        {
            yield break;
        }

        if (p.Length > 0)
        {
            foreach (var form in p.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                yield return Upper(form);
            }

            yield break;
        }

        yield return RegularPlural(phrase);
    }

    private static string RegularPlural(string phrase)
    {
        if (phrase.EndsWith('S') || phrase.EndsWith('X') || phrase.EndsWith('Z') || phrase.EndsWith("CH", StringComparison.Ordinal) || phrase.EndsWith("SH", StringComparison.Ordinal))
        {
            return phrase + "ES";
        }

        return phrase.Length > 1 && phrase.EndsWith('Y') && !"AEIOU".Contains(phrase[^2], StringComparison.Ordinal) ? phrase[..^1] + "IES" : phrase + "S";
    }

    private static string? Agent(DataLine line, string text)
    {
        var t = text.Trim();
        if (t == "-")
        {
            return null;
        }

        return t.Length == 3 && t.All(char.IsAsciiLetterUpper) ? t : throw line.Error($"'{text}' is not a three-letter CAMEO agent code.");
    }

    private static AcledActorCategory? Category(DataLine line, string text)
    {
        var t = text.Trim();
        if (t == "-")
        {
            return null;
        }

        return Enum.TryParse<AcledActorCategory>(t, out var c) && c != AcledActorCategory.None && !int.TryParse(t, out _)
            ? c
            : throw line.Error($"'{text}' is not an ACLED actor type: expected one of {string.Join(", ", Enum.GetNames<AcledActorCategory>().Skip(1))}.");
    }
}
