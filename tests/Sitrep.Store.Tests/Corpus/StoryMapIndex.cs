using Sitrep.Core.Model;
using Sitrep.Store.Sqlite.Corpus;

namespace Sitrep.Store.Tests.Corpus;

/// <summary>
/// Stands in for the stories index: puts each document in the story the test names (<c>story_documents</c>), so that
/// the relations index can be tested on copies of one story without the near-duplicate finder.
/// </summary>
internal sealed class StoryMapIndex(IReadOnlyDictionary<string, string> stories) : ISqliteCorpusIndex
{
    public string Name => "story-map.v1";

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
