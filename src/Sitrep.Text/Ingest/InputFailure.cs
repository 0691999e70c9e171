using Sitrep.Core.Diagnostics;

namespace Sitrep.Text.Ingest;

/// <summary>Why one input could not become a document (STYLE §2: bad input is data, not an exception).</summary>
/// <param name="DocumentId">The id the document would have had (file name without extension, the record's <c>id</c>, or <c>file:line</c>).</param>
/// <param name="Code">Stable diagnostic code (<see cref="DiagnosticCode.NotUtf8"/>, <see cref="DiagnosticCode.TooLarge"/>, …).</param>
/// <param name="Reason">Specific, human-readable reason naming the offending value.</param>
public sealed record InputFailure(string DocumentId, DiagnosticCode Code, string Reason);
