using Sitrep.Core.Model;
using Sitrep.Store.Sqlite.Corpus;

namespace Sitrep.Store.Tests.Corpus;

/// <summary>A corpus index that writes nothing and records the calls the store makes, in order.</summary>
internal sealed class RecordingCorpusIndex : ISqliteCorpusIndex
{
    private readonly List<string> _calls = [];

    public string Name => "recording.v1";

    public IReadOnlyList<string> Calls => _calls;

    public List<long> Sequences { get; } = [];

    public void Add(CorpusWrite write, CorpusRow row, Document document)
    {
        // The row is already written, in the same transaction the index is given.
        var stored = write.Commands.Get("SELECT COUNT(*) FROM documents WHERE id = $id AND content_hash = $h", write.Transaction, ("$id", row.DocumentId), ("$h", row.ContentHash)).ExecuteScalar();
        _calls.Add($"add {row.DocumentId} {stored} {document.Events.Length}");
        Sequences.Add(row.Sequence);
    }

    public void Remove(CorpusWrite write, string documentId) => _calls.Add($"remove {documentId}");

    public void Clear(CorpusWrite write) => _calls.Add("clear");
}
