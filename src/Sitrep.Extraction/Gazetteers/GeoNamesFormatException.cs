namespace Sitrep.Extraction.Gazetteers;

/// <summary>A GeoNames dump row could not be read (strict import). The message names file and line.</summary>
public sealed class GeoNamesFormatException : Exception
{
    /// <summary>Creates the exception for a row.</summary>
    public GeoNamesFormatException(string path, long line, string problem)
        : base($"{path}:{line}: {problem}")
    {
        FilePath = path;
        Line = line;
    }

    /// <summary>Creates the exception.</summary>
    public GeoNamesFormatException()
    {
        FilePath = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public GeoNamesFormatException(string message)
        : base(message)
    {
        FilePath = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public GeoNamesFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = string.Empty;
    }

    /// <summary>The file.</summary>
    public string FilePath { get; }

    /// <summary>One-based line number.</summary>
    public long Line { get; }
}
