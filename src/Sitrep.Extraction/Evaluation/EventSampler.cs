using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// Draws a reproducible random sample of coded events for judging by hand (issue 8 point 5): every event of the
/// included documents, ordered by document id (ordinal) and position, then a partial Fisher–Yates shuffle driven by
/// SplitMix64 from the seed, so that the same store, seed and size give the same sample on any machine and .NET
/// version (System.Random's seeded sequence is not promised across versions).
/// </summary>
public static class EventSampler
{
    /// <summary>Draws <paramref name="count"/> events (all of them when there are fewer), in draw order.</summary>
    /// <param name="documents">The documents, in any order.</param>
    /// <param name="count">How many events to draw.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="include">Which documents take part, by id; null for all.</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="count"/> is negative.</exception>
    public static ImmutableArray<EventSampleItem> Draw(IEnumerable<Document> documents, int count, ulong seed, Func<string, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var all = new List<EventSampleItem>();
        foreach (var document in documents)
        {
            if (include is not null && !include(document.Id))
            {
                continue;
            }

            for (var k = 0; k < document.Events.Length; k++)
            {
                var e = document.Events[k];
                all.Add(new EventSampleItem(document.Id, k, document.TextOf(e.Sentence), document.TextOf(e.Evidence), document.TextOf(e.Trigger),
                    e.Source is { } s ? document.TextOf(s.Span) : null, e.Target is { } t ? document.TextOf(t.Span) : null, e));
            }
        }

        all.Sort((a, b) => a.DocumentId != b.DocumentId ? string.CompareOrdinal(a.DocumentId, b.DocumentId) : a.Seq.CompareTo(b.Seq));
        var state = seed;
        var take = Math.Min(count, all.Count);
        for (var i = 0; i < take; i++)
        {
            var j = i + (int)(Next(ref state) % (ulong)(all.Count - i));
            (all[i], all[j]) = (all[j], all[i]);
        }

        return [.. all.Take(take)];
    }

    // SplitMix64 (Steele, Lea and Flood 2014): a fixed, documented generator.
    private static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
