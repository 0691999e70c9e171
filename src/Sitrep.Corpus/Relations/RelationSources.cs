namespace Sitrep.Corpus.Relations;

/// <summary>
/// Which independent source a document counts for (issue 10 points 2 and 5): its outlet is its <c>source</c> metadata,
/// else its story; copies of one story count once, as the outlet of the story's first document.
/// </summary>
public static class RelationSources
{
    /// <summary>The source key of a document.</summary>
    /// <param name="documentId">The document's id.</param>
    /// <param name="outlet">Its own source metadata (Reuters, BBC), or null.</param>
    /// <param name="storyId">The id of its story's first document, or null when it is a story of its own.</param>
    /// <param name="storyOutlet">The source metadata of the story's first document, or null.</param>
    /// <returns>
    /// In a story: the story's first document's outlet, else the story id. Alone: its own outlet, else its own id. The
    /// store's SQL aggregation computes the same expression (<c>SqliteDocumentStore.Relations</c>).
    /// </returns>
    public static string Key(string documentId, string? outlet, string? storyId, string? storyOutlet)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        return storyId is not null ? Blank(storyOutlet) ?? storyId : Blank(outlet) ?? documentId;
    }

    // Spaces around a name are not part of it; a blank one is none (SQL: NULLIF(TRIM(x), '')).
    private static string? Blank(string? value) => value?.Trim(' ') is { Length: > 0 } v ? v : null;
}
