namespace Sitrep.Text.Ingest;

/// <summary>Limits for reading inputs (STYLE §2: hostile input has named limits).</summary>
public sealed record ReaderOptions
{
    /// <summary>Default for <see cref="MaxBytes"/>: 20 MB.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>Default for <see cref="BinaryControlRatio"/>: more than 10 % control bytes means binary.</summary>
    public const double DefaultBinaryControlRatio = 0.10;

    /// <summary>How many leading bytes are inspected for control characters.</summary>
    public const int SniffBytes = 8192;

    /// <summary>Largest input accepted, in bytes: a whole <c>.txt</c>/<c>.html</c> file, or one JSONL line.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Share of control bytes (other than tab, CR, LF, FF) among the first <see cref="SniffBytes"/> above which an input is binary.</summary>
    public double BinaryControlRatio { get; init; } = DefaultBinaryControlRatio;

    /// <summary>
    /// The id of a text or HTML document read from stdin (<c>sitrep ingest - --id NAME</c>); null: derived from its content
    /// (<see cref="InputReader.StdinIdOf"/>).
    /// </summary>
    public string? StdinId { get; init; }

    /// <summary>The default options.</summary>
    public static ReaderOptions Default { get; } = new();
}
