namespace Sitrep.Store;

/// <summary>Which stored documents <see cref="IDocumentStore.QueryAsync"/> lists (issue 9 point 6); every filter is optional.</summary>
public sealed record DocumentQuery
{
    /// <summary>Only documents dated on or after this day (undated documents are left out when set).</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Only documents dated on or before this day (undated documents are left out when set).</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Only documents whose <c>source</c> metadata is this, ignoring ASCII case.</summary>
    public string? Source { get; init; }

    /// <summary>Only documents with this status.</summary>
    public DocumentStatus? Status { get; init; }

    /// <summary>Only documents whose title contains this text, ignoring ASCII case.</summary>
    public string? TitleContains { get; init; }

    /// <summary>At most this many rows, in id order; null: all.</summary>
    public int? Limit { get; init; }
}
