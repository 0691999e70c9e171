namespace Sitrep.Extraction.Events.Coding;

/// <summary>What a matched verb pattern fixed: the actors its <c>$</c>, <c>+</c> and <c>%</c> markers took.</summary>
/// <param name="Source">The actor at <c>$</c>, if the pattern has one.</param>
/// <param name="Target">The actor at <c>+</c>, if the pattern has one.</param>
/// <param name="Compound">The compound actor at <c>%</c>, whose members act on each other.</param>
/// <param name="TargetInUpper">True when <c>+</c> stood before the verb (the subject became the target).</param>
internal sealed record PatternMatch(ActorUnit? Source, ActorUnit? Target, ActorUnit? Compound, bool TargetInUpper);
