namespace Sitrep.Store.Sqlite.Corpus;

/// <summary>A stored document as a corpus index sees it.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Sequence">
/// Its place in storing order (the row's rowid: a replaced document is stored anew, so it comes last). A rebuild
/// replays documents in this order, so it ends where the incremental path ended (issue 10 point 6).
/// </param>
/// <param name="ContentHash">SHA-256 of the text, hex: equal hashes are exact copies.</param>
/// <param name="SourceName">Where it was read from (path, path:line, stdin), if known.</param>
internal readonly record struct CorpusRow(string DocumentId, long Sequence, string ContentHash, string? SourceName);
