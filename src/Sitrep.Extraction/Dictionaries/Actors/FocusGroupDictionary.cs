using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>
/// Descriptive group names whose country is the one the document is about (issue 9 point 8): "the internationally
/// recognised government" is Libya's in a Libya story and Yemen's in a Yemen story. Built from the actor records marked
/// with <see cref="ActorFileReader.FocusCountryMark"/> (<c>*GOV</c>); a phrase maps to the role the focus country takes.
/// Immutable and thread-safe.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "An actor dictionary in the TABARI sense, like ActorDictionary, not a collection type.")]
public sealed class FocusGroupDictionary
{
    private readonly FrozenDictionary<string, ImmutableArray<ActorRecord>> _byPhrase;

    private FocusGroupDictionary(FrozenDictionary<string, ImmutableArray<ActorRecord>> byPhrase)
    {
        _byPhrase = byPhrase;
        Phrases = [.. byPhrase.SelectMany(p => p.Value).SelectMany(r => r.Phrases).Select(p => Words(p.TrimStart(ActorFileReader.CaseSensitiveMark)))
            .DistinctBy(w => string.Join(' ', w), StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length)];
    }

    /// <summary>The phrases as written, split into words, without a leading article; longest first (for finding them in text).</summary>
    public ImmutableArray<string[]> Phrases { get; }

    /// <summary>A dictionary with no phrases.</summary>
    public static FocusGroupDictionary Empty { get; } = new(FrozenDictionary<string, ImmutableArray<ActorRecord>>.Empty);

    /// <summary>Number of phrases.</summary>
    public int PhraseCount => _byPhrase.Count;

    /// <summary>Builds the dictionary from the focus-country records among <paramref name="records"/> (others are ignored).</summary>
    public static FocusGroupDictionary Build(IEnumerable<ActorRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var byPhrase = new Dictionary<string, List<ActorRecord>>(StringComparer.Ordinal);
        foreach (var record in records.Where(r => r.FocusCountry))
        {
            foreach (var phrase in record.Phrases)
            {
                var key = Key(phrase.TrimStart(ActorFileReader.CaseSensitiveMark));
                if (!byPhrase.TryGetValue(key, out var list))
                {
                    byPhrase[key] = list = [];
                }

                list.Add(record);
            }
        }

        return new FocusGroupDictionary(byPhrase.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal));
    }

    /// <summary>The record whose phrase is the whole of <paramref name="phrase"/> and that applies on <paramref name="date"/>, or null.</summary>
    public ActorRecord? Match(string phrase, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (!_byPhrase.TryGetValue(Key(phrase), out var records))
        {
            return null;
        }

        foreach (var r in records)
        {
            if ((r.From is null || r.From <= date) && (r.Until is null || date <= r.Until))
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>The code for a focus-country record in a document about <paramref name="country"/>: <c>YEM</c> + <c>GOV</c>.</summary>
    public static ActorCode CodeFor(ActorRecord record, ActorCode country)
    {
        ArgumentNullException.ThrowIfNull(record);
        return ActorCode.Parse(country.Value[..3] + record.Code.Value);
    }

    // Leading articles are not part of the phrase: "the internationally recognised government".
    private static string Key(string phrase)
    {
        var words = PhraseWords.Split(phrase);
        var start = words.Length > 1 && words[0] is "THE" or "A" or "AN" ? 1 : 0;
        return string.Join(' ', words[start..]);
    }

    private static string[] Words(string phrase)
    {
        var words = PhraseWords.SplitRaw(phrase);
        return words.Length > 1 && words[0].ToUpperInvariant() is "THE" or "A" or "AN" ? words[1..] : words;
    }
}
