namespace Sitrep.Extraction.Events.Casualties;

/// <summary>A casualty word with the count the reader tied to it, before the mood decides whether it stands.</summary>
/// <param name="Kind">Killed or injured.</param>
/// <param name="Reading">The count.</param>
/// <param name="Construction">How the count was found: <c>object</c>, <c>subject</c>, <c>premod</c>, <c>of</c>, <c>toll</c>, <c>zero</c>, <c>prenominal</c>.</param>
/// <param name="AnchorFirst">First token of the casualty word(s).</param>
/// <param name="AnchorEnd">Token after them.</param>
/// <param name="Mood">Whether it happened.</param>
/// <param name="BothKinds">True for "no casualties": a zero for the killed and for the injured.</param>
internal readonly record struct AnchorHit(
    CasualtyKind Kind, Reading Reading, string Construction, int AnchorFirst, int AnchorEnd, Mood Mood, bool BothKinds = false);
