using Sitrep.Core.Model;
using Sitrep.Store.Sqlite.Corpus;

namespace Sitrep.Store.Tests.Corpus;

/// <summary>
/// Stands in for the stories index in tests: puts each document named in <paramref name="stories"/> in the given story
/// (<c>story_documents</c>), as the stories index would, so the events and relations indexes can be tested on copies of
/// one story without the near-duplicate finder.
/// </summary>
internal sealed class FixedStoryIndex(IReadOnlyDictionary<string, string> stories) : ISqliteCorpusIndex
{
    public string Name => "fixed-stories.test";

    public void Add(CorpusWrite write, CorpusRow row, Document document)
    {
        if (stories.TryGetValue(row.DocumentId, out var story))
        {
            write.Commands.Get("INSERT INTO story_documents (document_id, story_id) VALUES ($d, $s)", write.Transaction, ("$d", row.DocumentId), ("$s", story)).ExecuteNonQuery();
        }
    }

    public void Remove(CorpusWrite write, string documentId) =>
        write.Commands.Get("DELETE FROM story_documents WHERE document_id = $d", write.Transaction, ("$d", documentId)).ExecuteNonQuery();

    public void Clear(CorpusWrite write) => write.Commands.Get("DELETE FROM story_documents", write.Transaction).ExecuteNonQuery();
}
