using Sitrep.Core.Diagnostics;

namespace Sitrep.Store;

/// <summary>An input that could not become a processed document, stored as a failed row.</summary>
/// <param name="Id">Document id (the input's id, file name, or <c>file:line</c>).</param>
/// <param name="Code">Stable diagnostic code.</param>
/// <param name="Reason">Human-readable reason.</param>
/// <param name="SourceName">Where the input was read from.</param>
public sealed record DocumentFailure(string Id, DiagnosticCode Code, string Reason, string? SourceName);
