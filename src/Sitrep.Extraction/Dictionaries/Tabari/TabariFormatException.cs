namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>A malformed line in a TABARI/PETRARCH dictionary: the message names the file and the line.</summary>
public sealed class TabariFormatException : Exception
{
    /// <summary>Creates the exception for a line of a file.</summary>
    public TabariFormatException(string source, int line, string problem)
        : base($"{source}:{line}: {problem}")
    {
        FileName = source;
        Line = line;
    }

    /// <summary>Creates the exception.</summary>
    public TabariFormatException()
    {
        FileName = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public TabariFormatException(string message)
        : base(message)
    {
        FileName = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public TabariFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = string.Empty;
    }

    /// <summary>The file (or label) the line came from.</summary>
    public string FileName { get; }

    /// <summary>One-based line number.</summary>
    public int Line { get; }
}
