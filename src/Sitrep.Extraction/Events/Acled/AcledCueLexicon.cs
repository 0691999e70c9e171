using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>
/// The cue phrases of ACLED's event types (issue 8 point 2), built once from <c>data/events/acled-cues.txt</c>
/// (format in its header). Phrases are compared upper-case word by word, longest first, so lookups work on any letter
/// case. Immutable and thread-safe.
/// </summary>
public sealed class AcledCueLexicon
{
    /// <summary>Path of the file under <c>data/</c>.</summary>
    public const string RelativePath = "events/acled-cues.txt";

    /// <summary>Longest phrase, in words.</summary>
    public const int MaxWords = 6;

    private readonly FrozenDictionary<string, ImmutableArray<AcledCue>> _phrases;
    private readonly FrozenSet<string> _firstWords;

    private AcledCueLexicon(string stamp, FrozenDictionary<string, ImmutableArray<AcledCue>> phrases)
    {
        Stamp = stamp;
        _phrases = phrases;
        _firstWords = phrases.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Name and version of the file (<c>acled-cues@v1</c>).</summary>
    public string Stamp { get; }

    /// <summary>Number of distinct phrases.</summary>
    public int Count => _phrases.Count;

    /// <summary>Every cue hit in a sentence's upper-case words, left to right, longest phrase first, never overlapping.</summary>
    public ImmutableArray<AcledCueHit> Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var hits = ImmutableArray.CreateBuilder<AcledCueHit>();
        var i = 0;
        while (i < words.Count)
        {
            var found = false;
            if (_firstWords.Contains(words[i]))
            {
                for (var length = Math.Min(MaxWords, words.Count - i); length >= 1; length--)
                {
                    var key = length == 1 ? words[i] : string.Join(' ', Enumerable.Range(i, length).Select(k => words[k]));
                    if (_phrases.TryGetValue(key, out var cues))
                    {
                        hits.Add(new AcledCueHit(i, i + length - 1, cues));
                        i += length;
                        found = true;
                        break;
                    }
                }
            }

            if (!found)
            {
                i++;
            }
        }

        return hits.ToImmutable();
    }

    /// <summary>Builds the lexicon from the parsed file.</summary>
    /// <exception cref="DataFileException">Naming file and line, for a wrong number of fields, an unknown label, a weight outside 1–3 or an anchor column other than <c>anchor</c>, <c>armed</c> or <c>-</c>.</exception>
    public static AcledCueLexicon Load(DataFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var phrases = new Dictionary<string, List<AcledCue>>(StringComparer.Ordinal);
        foreach (var line in file.Lines)
        {
            var f = line.Fields;
            if (f.Length != 4)
            {
                throw line.Error($"expected 4 TAB-separated fields (phrases, label, weight, anchor), found {f.Length}.");
            }

            if (!Enum.TryParse<CaseLabel>(f[1].Trim(), out var label) || label == CaseLabel.None || int.TryParse(f[1], out _))
            {
                throw line.Error($"'{f[1]}' is not a CASE 2021 label.");
            }

            if (!int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var weight) || weight is < 1 or > 3)
            {
                throw line.Error($"weight '{f[2]}' is not 1, 2 or 3.");
            }

            var (anchor, armed) = f[3].Trim() switch
            {
                "anchor" => (true, false),
                "armed" => (true, true),
                "-" => (false, false),
                _ => throw line.Error($"anchor column '{f[3]}' must be 'anchor', 'armed' or '-'."),
            };
            foreach (var phrase in f[0].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > MaxWords)
                {
                    throw line.Error($"'{phrase}' has more than {MaxWords} words.");
                }

                var key = string.Join(' ', words).ToUpperInvariant();
                if (!phrases.TryGetValue(key, out var list))
                {
                    phrases[key] = list = [];
                }

                if (list.All(c => c.Label != label))
                {
                    list.Add(new AcledCue(label, weight, anchor, words.Length, line.Number) { NeedsArmedActor = armed });
                }
            }
        }

        return new AcledCueLexicon(file.Stamp, phrases.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal));
    }
}
