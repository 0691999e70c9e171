using Sitrep.Core.Diagnostics;

namespace Sitrep.Cli.Ingest;

/// <summary>One input that failed during a batch, for the report on stderr.</summary>
/// <param name="Sequence">Position of the input in the batch, so failures are reported in input order.</param>
/// <param name="Source">File name, <c>file:line</c> or <c>stdin</c>.</param>
/// <param name="DocumentId">The id stored for the failed row.</param>
/// <param name="Code">Stable code.</param>
/// <param name="Reason">Why it failed.</param>
internal sealed record IngestFailure(long Sequence, string Source, string DocumentId, DiagnosticCode Code, string Reason);
