namespace Sitrep.Text.Ingest;

/// <summary>A CSV row: the line it starts on, its fields, or the reason it could not be read.</summary>
/// <param name="Line">One-based line where the row starts.</param>
/// <param name="Fields">The fields, unquoted.</param>
/// <param name="Error">Why the row is bad, if it is.</param>
internal sealed record CsvRow(int Line, List<string> Fields, (Core.Diagnostics.DiagnosticCode Code, string Reason)? Error);
