namespace Sitrep.Extraction.Data;

/// <summary>A content line of a data file (comments and blank lines removed).</summary>
/// <param name="Path">File path, for error messages.</param>
/// <param name="Number">One-based line number.</param>
/// <param name="Text">The line, trimmed of trailing white space.</param>
public readonly record struct DataLine(string Path, int Number, string Text)
{
    /// <summary>The TAB-separated fields of the line.</summary>
    public string[] Fields => Text.Split('\t');

    /// <summary>An exception naming this line.</summary>
    public DataFileException Error(string problem) => new(Path, Number, problem);
}
