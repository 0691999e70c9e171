namespace Sitrep.Store;

/// <summary>One line of <see cref="IDocumentStore.QueryAsync"/>: a stored document's metadata and layer counts, without its layers.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Status">Processed or failed.</param>
/// <param name="Date">Publication date, if known.</param>
/// <param name="Title">Title, if known.</param>
/// <param name="Source">Source metadata (publisher), if known.</param>
/// <param name="SourceName">Where it was read from (path, <c>path:line</c>, stdin).</param>
/// <param name="Entities">Resolved entities stored for it.</param>
/// <param name="Quotes">Quotes stored for it.</param>
/// <param name="Events">Events stored for it.</param>
public sealed record DocumentListing(
    string Id, DocumentStatus Status, DateOnly? Date, string? Title, string? Source, string? SourceName, int Entities, int Quotes, int Events);
