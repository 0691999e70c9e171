using System.Collections.Immutable;

namespace Sitrep.Store.Events;

/// <summary>
/// Reads the events across documents a store keeps (issue 10 points 2 and 7). A small interface of its own, so that
/// another backend can implement it beside <see cref="IDocumentStore"/>.
/// </summary>
public interface IEventQueries
{
    /// <summary>The merged events that pass <paramref name="query"/>, in id order.</summary>
    Task<IReadOnlyList<MergedEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>The mentions of one merged event, in storing order; empty when there is no such event.</summary>
    Task<IReadOnlyList<MergedEventMention>> GetEventMentionsAsync(long eventId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The merged event of each event of a document, by position in its events layer (−1 where an event has none,
    /// as in a store that keeps no events index); empty for an unknown document.
    /// </summary>
    Task<ImmutableArray<long>> GetDocumentEventIdsAsync(string documentId, CancellationToken cancellationToken = default);
}
