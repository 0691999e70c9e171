namespace Sitrep.Text.Ingest;

/// <summary>One line of a byte stream, without its line terminator.</summary>
/// <param name="Number">One-based line number.</param>
/// <param name="Bytes">The line's bytes; null when the line exceeded the limit and was skipped.</param>
/// <param name="Length">The line's length in bytes (counted even when skipped).</param>
internal readonly record struct ByteLine(int Number, byte[]? Bytes, long Length);
