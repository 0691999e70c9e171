namespace Sitrep.Extraction.Events.Acled;

/// <summary>One cue found in a sentence, by sentence-relative word positions.</summary>
/// <param name="First">First word.</param>
/// <param name="Last">Last word, inclusive.</param>
/// <param name="Cues">Every cue of the phrase (one phrase may point to several labels).</param>
public sealed record AcledCueHit(int First, int Last, IReadOnlyList<AcledCue> Cues);
