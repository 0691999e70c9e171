using System.Collections.Immutable;
using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>How one pattern fitted a sentence around a trigger: the actors its markers took and the words it used.</summary>
/// <param name="Pattern">The pattern; null for the trigger's default code without a pattern.</param>
/// <param name="Source">Slots at <c>$</c> (several for a compound), empty when the pattern has no <c>$</c>.</param>
/// <param name="Target">Slots at <c>+</c>, empty when the pattern has no <c>+</c>.</param>
/// <param name="Compound">Slots at <c>%</c>: members act on each other.</param>
/// <param name="First">First word the pattern used (sentence-relative).</param>
/// <param name="Last">Last word the pattern used.</param>
/// <param name="Score">Literal words matched (the more, the more specific), plus a half for each actor marker.</param>
/// <param name="Words">Positions of the literal words the pattern matched (a later trigger there is part of this event).</param>
internal sealed record PatternFit(
    VerbPattern? Pattern,
    ImmutableArray<ActorSlot> Source,
    ImmutableArray<ActorSlot> Target,
    ImmutableArray<ActorSlot> Compound,
    int First,
    int Last,
    double Score,
    ImmutableArray<int> Words)
{
    public bool HasSourceMarker => Pattern?.Elements.Any(e => e.Kind == PatternElementKind.Source) == true;

    public bool HasTargetMarker => Pattern?.Elements.Any(e => e.Kind == PatternElementKind.Target) == true;
}
