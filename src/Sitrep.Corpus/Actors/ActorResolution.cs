using System.Collections.Immutable;

namespace Sitrep.Corpus.Actors;

/// <summary>The decision for one document entity, with its reason (issue 10 point 4).</summary>
/// <param name="Outcome">Joined, new or ambiguous.</param>
/// <param name="ActorId">The actor joined; null for a new or ambiguous one.</param>
/// <param name="Reason">Why, in words (<c>surname: one candidate (Khalifa Haftar)</c>; <c>refused: Smith (actor 4) is GBR, mention USA</c>).</param>
/// <param name="Refused">The actors a name matched but a conflicting country, or nothing to confirm, kept apart.</param>
public sealed record ActorResolution(ActorOutcome Outcome, long? ActorId, string Reason, ImmutableArray<long> Refused);
