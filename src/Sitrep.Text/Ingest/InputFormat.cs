namespace Sitrep.Text.Ingest;

/// <summary>The input formats Sitrep reads.</summary>
public enum InputFormat
{
    /// <summary>Not a format Sitrep reads.</summary>
    Unsupported,

    /// <summary>Plain UTF-8 text (<c>.txt</c>).</summary>
    PlainText,

    /// <summary>An HTML page (<c>.html</c>, <c>.htm</c>).</summary>
    Html,

    /// <summary>JSON Lines (<c>.jsonl</c>): one record per line.</summary>
    JsonLines,

    /// <summary>CSV with a header row (<c>.csv</c>): one record per row.</summary>
    Csv,
}
