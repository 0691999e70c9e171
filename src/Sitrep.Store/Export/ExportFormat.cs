namespace Sitrep.Store.Export;

/// <summary>Output formats of <c>sitrep export</c>.</summary>
public enum ExportFormat
{
    /// <summary>One JSON object per document (the export contract, issue 2 point 8).</summary>
    Jsonl,

    /// <summary>RFC 4180 CSV, one row per document, entity mention or quote.</summary>
    Csv,
}
