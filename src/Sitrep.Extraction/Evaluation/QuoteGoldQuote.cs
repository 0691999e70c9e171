using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>A gold quote of the quotes-gold JSONL (Wikinews).</summary>
/// <param name="Span">Quoted or reported words, UTF-16 offsets into the record's text.</param>
/// <param name="Kind"><c>direct</c> or <c>indirect</c>.</param>
/// <param name="Speaker">Resolved speaker name, or the source phrase of an anonymous speaker.</param>
/// <param name="Anonymous">True for an unnamed source.</param>
/// <param name="Form">
/// The construction that carries the quote (<c>said</c>, <c>colon</c>, <c>addressee</c>, <c>writing</c>, <c>statement</c>,
/// <c>fragment</c>, <c>continuation</c>, <c>paragraphs</c>, <c>indirect</c>, <c>according</c>), when the gold set labels it
/// (our own set, <c>docs/quote-annotation-guideline.md</c>); null otherwise.
/// </param>
public sealed record QuoteGoldQuote(TextSpan Span, string Kind, string Speaker, bool Anonymous, string? Form = null);
