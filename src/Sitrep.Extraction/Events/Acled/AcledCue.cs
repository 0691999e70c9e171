using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>A cue of <c>data/events/acled-cues.txt</c>: a phrase that points to a CASE/ACLED label.</summary>
/// <param name="Label">The label it points to.</param>
/// <param name="Weight">How strongly, 1 to 3.</param>
/// <param name="Anchor">True when the phrase names the act itself and may anchor an event of its own.</param>
/// <param name="Words">Number of words of the phrase.</param>
/// <param name="Line">The file line, for evidence.</param>
public sealed record AcledCue(CaseLabel Label, int Weight, bool Anchor, int Words, int Line)
{
    /// <summary>True for an anchor that makes an event only with an armed or demonstrating actor (column 4 <c>armed</c>).</summary>
    public bool NeedsArmedActor { get; init; }
}
