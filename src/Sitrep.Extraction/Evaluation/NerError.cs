using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// One unmatched mention of an entity-recognition evaluation (issue 9 point 8 error analysis): a predicted mention no
/// gold mention of its type overlaps (a false positive) or a gold mention no prediction of its type overlaps (a false
/// negative).
/// </summary>
/// <param name="DocumentId">The gold document's id.</param>
/// <param name="Type">The entity type the mention was predicted or annotated with.</param>
/// <param name="FalsePositive">True for a prediction without gold, false for gold without prediction.</param>
/// <param name="Span">The mention's span in the gold text (UTF-16, end exclusive).</param>
/// <param name="Text">The mention's text.</param>
/// <param name="Context">The text around the mention (at most <see cref="NerEvaluator.ErrorContextChars"/> characters each side, on one line).</param>
/// <param name="OtherType">For a false positive, the type of a gold mention overlapping it (the type confusion), else null; for a false negative, the type of a prediction overlapping it, else null.</param>
public sealed record NerError(string DocumentId, EntityType Type, bool FalsePositive, TextSpan Span, string Text, string Context, EntityType? OtherType);
