namespace Sitrep.Text.Ingest;

/// <summary>A run of a text node's data copied character for character from the raw page.</summary>
/// <param name="DataStart">Offset in the text node's data (decoded text).</param>
/// <param name="RawStart">Offset in the raw page (UTF-16 index).</param>
/// <param name="Length">Length of the run in UTF-16 code units.</param>
internal readonly record struct HtmlTextRun(int DataStart, int RawStart, int Length);
