namespace Sitrep.Core.Model;

/// <summary>A token: a span of the raw text and its coarse kind. Its text is <c>Span.Of(document.Text)</c>.</summary>
/// <param name="Span">Where the token lies in <see cref="Document.Text"/>.</param>
/// <param name="Kind">Coarse class.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind);
