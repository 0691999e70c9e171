namespace Sitrep.Core.Diagnostics;

/// <summary>Something a stage noticed about a document: bad input is data, not an exception (STYLE §2).</summary>
/// <param name="Stage">Versioned name of the stage that raised it (<c>cleaner.v1</c>), or <c>reader</c>.</param>
/// <param name="Code">Stable code from the catalogue.</param>
/// <param name="Severity">How bad it is.</param>
/// <param name="Message">Specific text: what was wrong, with the offending value.</param>
/// <param name="Span">Where in the document text, if it concerns a part of it.</param>
public sealed record Diagnostic(string Stage, DiagnosticCode Code, Severity Severity, string Message, Model.TextSpan? Span = null);
