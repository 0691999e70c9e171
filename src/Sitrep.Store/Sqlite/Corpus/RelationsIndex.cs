using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Corpus.Relations;

namespace Sitrep.Store.Sqlite.Corpus;

/// <summary>
/// Who backs whom over time (issue 10 point 5): one <c>relation_evidence</c> row per alignment of each stored document,
/// keyed by document, so removal is exact and a document costs a few inserts whatever the store holds. Edges, their
/// dates and counts are aggregated at query time over the (backer, backed, opposed, date) index
/// (<see cref="SqliteDocumentStore.GetRelationsAsync"/>); which story a document belongs to is read then too, from
/// <c>story_documents</c>, so a story merged later counts once without rewriting this table.
/// </summary>
internal sealed class RelationsIndex : ISqliteCorpusIndex
{
    private static readonly string[] Columns =
        ["document_id", "seq", "backer", "backed", "opposed", "date", "outlet", "span_start", "span_end", "sentence_start", "sentence_end", "sentence", "rule"];

    /// <inheritdoc />
    public string Name => "relations.v1";

    /// <inheritdoc />
    public void Add(CorpusWrite write, CorpusRow row, Document document)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(document);
        var reports = RelationEvidenceReader.Read(document);
        var date = document.Metadata.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        RowInserter.Insert(write.Commands, write.Transaction, "relation_evidence", Columns, reports.Length, (i, c) => c switch
        {
            0 => row.DocumentId,
            1 => i,
            2 => reports[i].Edge.Backer.Value,
            3 => reports[i].Edge.Backed.Value,
            4 => reports[i].Edge.Opposed?.Value,
            5 => date,
            6 => document.Metadata.Source,
            7 => reports[i].Evidence.Start,
            8 => reports[i].Evidence.End,
            9 => reports[i].Sentence.Start,
            10 => reports[i].Sentence.End,
            11 => reports[i].SentenceText,
            _ => reports[i].Rule,
        });
    }

    /// <inheritdoc />
    public void Remove(CorpusWrite write, string documentId)
    {
        ArgumentNullException.ThrowIfNull(write);
        write.Commands.Get("DELETE FROM relation_evidence WHERE document_id = $d", write.Transaction, ("$d", documentId)).ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Clear(CorpusWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        write.Commands.Get("DELETE FROM relation_evidence", write.Transaction).ExecuteNonQuery();
    }
}
