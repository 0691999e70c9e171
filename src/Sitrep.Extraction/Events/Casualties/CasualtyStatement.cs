using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Casualties;

/// <summary>One statement of how many people were killed or injured, as <see cref="CasualtyReader"/> reads it.</summary>
/// <param name="Kind">Whether the statement counts the killed or the injured.</param>
/// <param name="Count">The count, with the words that state it (anchor and number) in the raw text.</param>
/// <param name="Anchor">The word or words that say killed, dead, died, wounded or injured ("killing", "shot dead",
/// "death toll"), in the same raw text, so a caller can choose the statement nearest an event's trigger.</param>
public sealed record CasualtyStatement(CasualtyKind Kind, CasualtyCount Count, TextSpan Anchor);
