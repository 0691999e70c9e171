using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>One coded event drawn for judging (issue 8 point 5): where it is and what the coder said.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Seq">The event's position in the document's events layer (0-based).</param>
/// <param name="Sentence">The text of the event's sentence.</param>
/// <param name="Evidence">The text of the event's evidence span.</param>
/// <param name="Trigger">The text of the event's trigger.</param>
/// <param name="SourceText">The words of the source actor; null when the event has none.</param>
/// <param name="TargetText">The words of the target actor; null when the event has none.</param>
/// <param name="Event">The event as stored.</param>
public sealed record EventSampleItem(string DocumentId, int Seq, string Sentence, string Evidence, string Trigger, string? SourceText, string? TargetText, DocumentEvent Event);
