namespace Sitrep.Core.Model;

/// <summary>A quote: what was said, by whom.</summary>
/// <param name="Span">The quoted words in <see cref="Document.Text"/>, without the quotation marks.</param>
/// <param name="Kind">Direct or indirect.</param>
/// <param name="Speaker">Who said it.</param>
/// <param name="Cue">The reporting verb (<c>said</c>, <c>told</c>), if any.</param>
/// <param name="Medium">
/// The document that carries the words, lower case (<c>statement</c>, <c>letter</c>), when the text names one: the
/// speaker is then its issuer (<c>An IAAF statement said</c> → speaker IAAF, medium statement); null otherwise.
/// </param>
public sealed record Quote(TextSpan Span, QuoteKind Kind, Speaker Speaker, TextSpan? Cue, string? Medium = null);
