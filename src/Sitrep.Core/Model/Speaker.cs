namespace Sitrep.Core.Model;

/// <summary>Who a quote is attributed to.</summary>
/// <param name="Name">Resolved name (<c>Jalel Harchaoui</c>), or the source phrase of an anonymous speaker (<c>A senior Turkish official</c>).</param>
/// <param name="Role">The speaker's role, if known.</param>
/// <param name="Anonymous">True for unnamed sources.</param>
/// <param name="Span">Where the attributing mention lies (<c>he</c>, <c>Harchaoui</c>); null when the quote is a continuation with no mention of its own.</param>
/// <param name="EntityId">Index of the resolved entity in <see cref="Document.Entities"/>, if any.</param>
public sealed record Speaker(string Name, string? Role, bool Anonymous, TextSpan? Span, int? EntityId);
