using System.Collections.Immutable;

namespace Sitrep.Corpus.Events;

/// <summary>
/// Merges mentions in the order given, each into the first earlier event it can join (<see cref="EventMergeRules"/>),
/// else into a new event: the same decision the store's index takes one document at a time, so it serves to
/// recompute the events a removed document belonged to and to measure the rule without a store.
/// </summary>
public static class EventClusterer
{
    /// <summary>The merged events of <paramref name="mentions"/>, in order of their first mention, with the indices of their mentions.</summary>
    /// <param name="mentions">Mentions in storing order.</param>
    /// <param name="options">The rule's thresholds.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static ImmutableArray<(MergedEventState State, ImmutableArray<int> Mentions)> Cluster(IReadOnlyList<EventMention> mentions, EventMergeOptions options)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(options);
        var states = new List<MergedEventState>();
        var members = new List<ImmutableArray<int>.Builder>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var at = states.FindIndex(s => EventMergeRules.CanMerge(s, m, options));
            if (at < 0)
            {
                states.Add(EventMergeRules.Start(m, options));
                members.Add(ImmutableArray.CreateBuilder<int>());
                at = states.Count - 1;
            }
            else
            {
                states[at] = EventMergeRules.Merge(states[at], m, options);
            }

            members[at].Add(i);
        }

        return [.. states.Select((s, k) => (s, members[k].ToImmutable()))];
    }
}
