using Sitrep.Core.Model;
using Sitrep.Corpus.Stories;
using Sitrep.Store.Sqlite;
using Sitrep.Store.Sqlite.Corpus;

namespace Sitrep.Store.Tests.Corpus;

/// <summary>
/// The stories index keeps its LSH band keys in memory (issue 10 point 8): a window of recent documents, read again
/// from the stored signatures when another connection has written or a transaction failed.
/// </summary>
[Trait("Issue", "10")]
public sealed class StoriesBandMemoryTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-bands-" + Guid.NewGuid().ToString("N"));

    public StoriesBandMemoryTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<string[]> StoriesAsync(SqliteDocumentStore store) =>
        [.. (await store.ListStoriesAsync()).Select(StoriesIndexTests.Render).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData(3, "a: a b")]
    [InlineData(2, "b: b")]
    public async Task Save_CopyOlderThanTheWindow_NewStory_WithinIt_SameStory(int window, string storyOfB)
    {
        var options = new SqliteStoreOptions { Stories = StoryOptions.Default with { MaxIndexedDocuments = window } };
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory, options);
        await store.SaveAsync(StoryTexts.Doc("a", StoryTexts.Article));
        await store.SaveAsync(StoryTexts.Doc("e1", StoryTexts.Earnings));
        await store.SaveAsync(StoryTexts.Doc("e2", StoryTexts.OtherEarnings));
        await store.SaveAsync(StoryTexts.Doc("b", StoryTexts.Dropped));

        Assert.Contains(storyOfB, await StoriesAsync(store));
    }

    [Fact]
    public async Task Save_ExactCopyOlderThanTheWindow_SameStoryByContentHash()
    {
        var options = new SqliteStoreOptions { Stories = StoryOptions.Default with { MaxIndexedDocuments = 1 } };
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory, options);
        await store.SaveAsync(StoryTexts.Doc("a", StoryTexts.Article));
        await store.SaveAsync(StoryTexts.Doc("e1", StoryTexts.Earnings));
        await store.SaveAsync(StoryTexts.Doc("a2", StoryTexts.Article));

        Assert.Contains("a: a a2", await StoriesAsync(store));
    }

    [Fact]
    public async Task Save_DocumentAnotherConnectionStored_IsACandidate()
    {
        var path = Path.Combine(_dir, "two.db");
        await using var first = await SqliteDocumentStore.OpenAsync(path);
        await first.SaveAsync(StoryTexts.Doc("e1", StoryTexts.Earnings)); // the first store's band table is loaded now
        await using (var second = await SqliteDocumentStore.OpenAsync(path))
        {
            await second.SaveAsync(StoryTexts.Doc("a", StoryTexts.Article));
        }

        await first.SaveAsync(StoryTexts.Doc("b", StoryTexts.Dropped));

        Assert.Contains("a: a b", await StoriesAsync(first));
    }

    [Fact]
    public async Task Save_ReplacementRolledBack_TheStoredVersionStaysACandidate()
    {
        var failing = new FailingCorpusIndex(d => d.Text == StoryTexts.Earnings);
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory, new SqliteStoreOptions { CorpusIndexes = [new StoriesIndex(), failing] });
        await store.SaveAsync(StoryTexts.Doc("a", StoryTexts.Article));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(StoryTexts.Doc("a", StoryTexts.Earnings)));

        await store.SaveAsync(StoryTexts.Doc("b", StoryTexts.Dropped));

        Assert.Equal(["a: a b"], await StoriesAsync(store));
    }

    /// <summary>An index that fails the transaction for the documents <c>fails</c> picks.</summary>
    private sealed class FailingCorpusIndex(Func<Document, bool> fails) : ISqliteCorpusIndex
    {
        public string Name => "failing.v1";

        public void Add(CorpusWrite write, CorpusRow row, Document document)
        {
            if (fails(document))
            {
                throw new InvalidOperationException("this index fails the document " + row.DocumentId);
            }
        }

        public void Remove(CorpusWrite write, string documentId)
        {
        }

        public void Clear(CorpusWrite write)
        {
        }
    }
}
