using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Store;

/// <summary>
/// Where documents and their layers are kept (STYLE A11: a small interface; SQLite by default). Saving is idempotent
/// and atomic per document: the same id with the same content hash is skipped, a new hash replaces the old row and all
/// its layers in one transaction. Implementations serialise their own access, so one store may be shared by threads.
/// </summary>
public interface IDocumentStore : IAsyncDisposable
{
    /// <summary>Records the start of a run with its configuration; returns the run id.</summary>
    Task<long> BeginRunAsync(RunInfo run, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the end of a run: its counts, the data-file stamps finally loaded and how it ended
    /// (<see cref="RunStatus.Finished"/>, or <see cref="RunStatus.Interrupted"/> when the user stopped it).
    /// </summary>
    Task FinishRunAsync(long runId, RunTotals totals, IReadOnlyList<string> dataStamps, RunStatus status = RunStatus.Finished, CancellationToken cancellationToken = default);

    /// <summary>The content hash stored for a processed document, or null when none is stored (or it failed).</summary>
    Task<string?> GetContentHashAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The content hash of every processed document, by id: lets a batch skip unchanged inputs without a query each.</summary>
    Task<IReadOnlyDictionary<string, DocumentFingerprint>> GetFingerprintsAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a processed document with its layers, in one transaction.</summary>
    /// <param name="document">The document; its spans index its text.</param>
    /// <param name="runId">The run storing it, if any.</param>
    /// <param name="sourceName">Where it was read from, if known.</param>
    /// <param name="cancellationToken">Cancels before the transaction starts.</param>
    /// <returns>Whether it was stored, replaced an older version, or was already there unchanged.</returns>
    Task<SaveOutcome> SaveAsync(Document document, long? runId = null, string? sourceName = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores several processed documents in one transaction: all of them or, after a crash, none (a re-run stores
    /// them then). Each behaves as <see cref="SaveAsync"/> would, in order, so a later copy of an id replaces an earlier.
    /// </summary>
    /// <param name="documents">The documents with where each was read from.</param>
    /// <param name="runId">The run storing them, if any.</param>
    /// <param name="cancellationToken">Cancels before the transaction starts.</param>
    /// <returns>One outcome per document, in order.</returns>
    Task<ImmutableArray<SaveOutcome>> SaveManyAsync(IReadOnlyList<(Document Document, string? SourceName)> documents, long? runId = null, CancellationToken cancellationToken = default);

    /// <summary>Stores a failed input as a failed row with its reason, replacing any row with the same id.</summary>
    Task SaveFailureAsync(DocumentFailure failure, long? runId = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a document with all stored layers, or null for an unknown id.</summary>
    Task<StoredDocument?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams stored documents ordered by id; only those with <paramref name="status"/> when given, where
    /// <see cref="DocumentStatus.Ok"/> takes the partial ones too (they hold the layers of the stages before the failing one).
    /// </summary>
    IAsyncEnumerable<StoredDocument> ListAsync(DocumentStatus? status = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The documents matching <paramref name="query"/>, ordered by id, with their metadata and the number of entities,
    /// quotes and events stored for each (for <c>sitrep list</c>, issue 9 point 6); layers are not loaded.
    /// </summary>
    IAsyncEnumerable<DocumentListing> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Recomputes every cross-document index (stories, merged events, actors, relations: issue 10 point 6) from the
    /// stored documents, replayed in the order they were stored, in one transaction: the result equals what the
    /// incremental path built on the same input order, and a crash leaves the old indexes whole.
    /// </summary>
    /// <param name="cancellationToken">Cancels before the transaction starts.</param>
    /// <returns>The number of documents replayed.</returns>
    Task<long> RebuildCorpusAsync(CancellationToken cancellationToken = default);

    /// <summary>Row counts per table.</summary>
    Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default);
}
