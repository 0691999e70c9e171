namespace Sitrep.Cli.Ingest;

/// <summary>One <c>sitrep ingest</c> invocation, parsed.</summary>
/// <param name="Paths">Files, directories or <c>-</c>.</param>
/// <param name="DbPath">SQLite database file.</param>
/// <param name="DataRoot">Sitrep checkout with <c>data/</c>, or null to discover it.</param>
/// <param name="MaxBytes">Largest input accepted, in bytes.</param>
internal sealed record IngestRequest(IReadOnlyList<string> Paths, string DbPath, string? DataRoot, long MaxBytes)
{
    /// <summary>A gazetteer index file (from <c>sitrep gazetteer import</c>) instead of the default gazetteer (issue 4), or null.</summary>
    public string? Gazetteer { get; init; }

    /// <summary>A TABARI or PETRARCH-1 verb dictionary to code events with instead of Sitrep's own (issue 3 point 3), or null.</summary>
    public string? Verbs { get; init; }

    /// <summary>The id of a text or HTML document read from stdin (<c>--id</c>), or null to derive it from the content (issue 9 point 4).</summary>
    public string? StdinId { get; init; }

    /// <summary>Largest size the database may grow to, in bytes (<c>--db-max-bytes</c>), or null for no limit but the disk.</summary>
    public long? DbMaxBytes { get; init; }
}
