namespace Sitrep.Store;

/// <summary>Reading actors across documents (issue 10 point 4); a store that keeps the actors index implements it.</summary>
public interface IActorQueries
{
    /// <summary>The actors most documents mention, most first (ties by id).</summary>
    /// <param name="limit">How many, 1 or more.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<IReadOnlyList<ActorListing>> TopActorsAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The actors holding an alias that matches <paramref name="name"/> through the same normalisation as resolution
    /// (transliteration key, titles stripped, an acronym as written), most mentioned first.
    /// </summary>
    /// <param name="name">A name, surname, variant or acronym (<c>Hifter</c>, <c>LNA</c>).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<IReadOnlyList<ActorListing>> FindActorsAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>One actor's timeline; null when there is no actor with <paramref name="id"/>.</summary>
    /// <param name="id">The actor's id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<ActorTimeline?> GetActorAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Every actor's timeline, most mentioned first (for export).</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    IAsyncEnumerable<ActorTimeline> AllActorsAsync(CancellationToken cancellationToken = default);
}
