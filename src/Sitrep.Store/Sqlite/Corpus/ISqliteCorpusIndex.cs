using Sitrep.Core.Model;

namespace Sitrep.Store.Sqlite.Corpus;

/// <summary>
/// One cross-document index (stories, merged events, actors, relations: issue 10) that the SQLite store keeps in step
/// with its documents. The store calls it inside the transaction that stores, replaces or removes a document, so after
/// a crash the index and the documents agree (point 6: incremental and idempotent). The decisions (what is a copy of
/// what, which mentions merge) are pure functions of <c>Sitrep.Corpus</c>; an index only reads and writes its tables.
/// </summary>
internal interface ISqliteCorpusIndex
{
    /// <summary>Versioned name (<c>stories.v1</c>), recorded with a rebuild.</summary>
    string Name { get; }

    /// <summary>
    /// Adds what a newly stored document contributes. Called once per stored version, after its rows are written and
    /// after <see cref="Remove"/> for the version it replaces; documents arrive in <see cref="CorpusRow.Sequence"/> order.
    /// </summary>
    /// <param name="write">The command cache and the open transaction.</param>
    /// <param name="row">The stored row's id, sequence and provenance.</param>
    /// <param name="document">The document with its layers, as the pipeline produced them.</param>
    void Add(CorpusWrite write, CorpusRow row, Document document);

    /// <summary>Removes everything the document contributed (it is being replaced, failed or deleted).</summary>
    /// <param name="write">The command cache and the open transaction.</param>
    /// <param name="documentId">The document's id.</param>
    void Remove(CorpusWrite write, string documentId);

    /// <summary>Empties the index before a rebuild.</summary>
    /// <param name="write">The command cache and the open transaction.</param>
    void Clear(CorpusWrite write);

    /// <summary>
    /// A transaction of the store that <paramref name="commands"/> belongs to failed and was rolled back: forget any
    /// state kept outside the database for that store, so it is read again from the database when next needed.
    /// </summary>
    /// <param name="commands">The store's command cache (one per store).</param>
    void Forget(CommandCache commands)
    {
    }
}
