namespace Sitrep.Core.Model;

/// <summary>A classified region of the raw text.</summary>
/// <param name="Span">Where the zone lies in <see cref="Document.Text"/>.</param>
/// <param name="Kind">What the zone is.</param>
public sealed record Zone(TextSpan Span, ZoneKind Kind);
