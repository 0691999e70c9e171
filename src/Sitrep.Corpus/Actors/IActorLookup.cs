namespace Sitrep.Corpus.Actors;

/// <summary>
/// The corpus's actors by alias, as resolution reads them (issue 10 point 4). An implementation answers from an index
/// on the key, so one lookup costs the same whatever the corpus holds.
/// </summary>
public interface IActorLookup
{
    /// <summary>
    /// The actors holding an alias of <paramref name="kind"/> whose key matches <paramref name="key"/> by
    /// <see cref="NameKey.Matches"/> (for acronyms: equal), in ascending id order.
    /// </summary>
    /// <param name="kind">The alias kind.</param>
    /// <param name="key">A key from <see cref="NameKey.Of"/>, or an acronym's upper-case letters.</param>
    IReadOnlyList<ActorSummary> Find(AliasKind kind, string key);
}
