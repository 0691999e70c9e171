using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quotes;

/// <summary>A quote found before its speaker is resolved to an entity.</summary>
/// <param name="Span">The quoted or reported words.</param>
/// <param name="Kind">Direct or indirect.</param>
/// <param name="Attribution">Its own attribution, or null for a continuation.</param>
/// <param name="Antecedent">For a continuation, the index of the candidate whose speaker it takes.</param>
internal sealed record QuoteCandidate(TextSpan Span, QuoteKind Kind, Attribution? Attribution, int? Antecedent);
