using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>A gold entity mention: UTF-16 offsets into its document's text (end exclusive), mapped to our type.</summary>
/// <param name="Span">Where the mention lies in the gold document's text.</param>
/// <param name="Type">Our type for the gold label.</param>
/// <param name="Text">The mention's text.</param>
public sealed record NerGoldSpan(TextSpan Span, EntityType Type, string Text);
