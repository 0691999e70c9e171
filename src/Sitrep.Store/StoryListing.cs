using System.Collections.Immutable;

namespace Sitrep.Store;

/// <summary>One story (issue 10 point 1): documents that are copies of one text.</summary>
/// <param name="Id">The id of its first stored document.</param>
/// <param name="First">The earliest date among its documents, if any is dated.</param>
/// <param name="Articles">Number of documents.</param>
/// <param name="Sources">Distinct outlets (the documents' <c>source</c>), sorted.</param>
/// <param name="Title">The first document's title, if any.</param>
/// <param name="Documents">Its documents' ids, in storing order.</param>
public sealed record StoryListing(string Id, DateOnly? First, int Articles, ImmutableArray<string> Sources, string? Title, ImmutableArray<string> Documents);
