namespace Sitrep.Extraction.Data;

/// <summary>A data file is missing or malformed. The message names the file, the line (when known) and the fix.</summary>
public sealed class DataFileException : Exception
{
    /// <summary>Creates the exception for a problem at a line of a file.</summary>
    public DataFileException(string path, int line, string problem)
        : base(line > 0 ? $"{path}:{line}: {problem}" : $"{path}: {problem}")
    {
        FilePath = path;
        Line = line;
    }

    /// <summary>Creates the exception.</summary>
    public DataFileException()
    {
        FilePath = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public DataFileException(string message)
        : base(message)
    {
        FilePath = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public DataFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = string.Empty;
    }

    /// <summary>Path of the offending file.</summary>
    public string FilePath { get; }

    /// <summary>One-based line number, or 0 when the problem is the whole file.</summary>
    public int Line { get; }
}
