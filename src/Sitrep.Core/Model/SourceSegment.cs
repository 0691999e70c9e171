namespace Sitrep.Core.Model;

/// <summary>A run of document text copied, character for character, from the original input.</summary>
/// <param name="TextStart">Offset in the document text.</param>
/// <param name="OriginalStart">Offset in the original input.</param>
/// <param name="Length">Length of the run in UTF-16 code units.</param>
public readonly record struct SourceSegment(int TextStart, int OriginalStart, int Length);
