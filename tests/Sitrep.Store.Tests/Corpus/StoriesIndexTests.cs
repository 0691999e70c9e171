using Sitrep.Store.Sqlite;
using Sitrep.Tests;

namespace Sitrep.Store.Tests.Corpus;

/// <summary>The stories index of the SQLite store (issue 10 points 1 and 6).</summary>
[Trait("Issue", "10")]
public sealed class StoriesIndexTests
{
    [Fact]
    public async Task Save_ReferenceArticleTwiceWithNewHeadline_OneStory()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory);
        var text = await File.ReadAllTextAsync(TestPaths.SharedData("seed", "reuters-2020-01-08-turkey-libya.txt"));
        await store.SaveAsync(StoryTexts.Doc("ref-1", text, "Turkey sends troops to Libya"));
        await store.SaveAsync(StoryTexts.Doc("ref-2", text, "UPDATE 1-Erdogan says Turkish troops moving to Libya", date: new DateOnly(2020, 1, 9)));

        var story = Assert.Single(await store.ListStoriesAsync());
        Assert.Equal("ref-1", story.Id);
        Assert.Equal(["ref-1", "ref-2"], story.Documents.AsEnumerable());
        Assert.Equal(new DateOnly(2020, 1, 8), story.First);
        Assert.Equal(["Reuters"], story.Sources.AsEnumerable());
    }

    [Fact]
    public async Task Save_RepublicationsWithEdits_OneStoryWithItsSources()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory);
        await store.SaveAsync(StoryTexts.Doc("a", StoryTexts.Article));
        await store.SaveAsync(StoryTexts.Doc("b", StoryTexts.Dropped, source: "AP"));
        await store.SaveAsync(StoryTexts.Doc("c", StoryTexts.Updated, source: "AFP", date: new DateOnly(2020, 1, 9)));

        var story = Assert.Single(await store.ListStoriesAsync());
        Assert.Equal(3, story.Articles);
        Assert.Equal(["AFP", "AP", "Reuters"], story.Sources.AsEnumerable());
    }

    [Fact]
    public async Task Save_TemplateStoriesWithOtherFigures_TwoStories()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory);
        await store.SaveAsync(StoryTexts.Doc("harnischfeger", StoryTexts.Earnings, "HARNISCHFEGER INDUSTRIES INC <HPH> 1ST QTR NET"));
        await store.SaveAsync(StoryTexts.Doc("other", StoryTexts.OtherEarnings, "OTHER CORP <OTH> 1ST QTR NET"));

        Assert.Equal(2, (await store.ListStoriesAsync()).Count);
    }

    [Fact]
    public async Task Save_MinArticles_OnlyLargerStories()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory);
        await store.SaveAsync(StoryTexts.Doc("a", StoryTexts.Article));
        await store.SaveAsync(StoryTexts.Doc("b", StoryTexts.Dropped));
        await store.SaveAsync(StoryTexts.Doc("e", StoryTexts.Earnings));

        Assert.Equal(2, (await store.ListStoriesAsync()).Count);
        Assert.Equal("a", Assert.Single(await store.ListStoriesAsync(minArticles: 2)).Id);
    }

    [Fact]
    public async Task Replace_FirstDocument_StoryReKeyedToTheNextAndEqualToRebuild()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory);
        await store.SaveAsync(StoryTexts.Doc("a", StoryTexts.Article));
        await store.SaveAsync(StoryTexts.Doc("b", StoryTexts.Dropped));
        await store.SaveAsync(StoryTexts.Doc("c", StoryTexts.Updated));
        await store.SaveAsync(StoryTexts.Doc("a", StoryTexts.Earnings)); // a becomes another text, stored last

        var stories = await store.ListStoriesAsync();
        Assert.Equal(["b: b c", "a: a"], stories.Select(Render));
        var incremental = await SnapshotAsync(store);
        await store.RebuildCorpusAsync();
        Assert.Equal(incremental, await SnapshotAsync(store));
    }

    [Fact]
    public async Task Replace_TheOnlyLinkBetweenTwoTexts_StorySplits()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory);
        // b links a (its first half) and c (its second half); neither a nor c reaches the threshold with the other.
        var paragraphs = StoryTexts.Updated.Split("\n\n");
        var a = string.Join("\n\n", paragraphs[..3]);
        var c = string.Join("\n\n", paragraphs[2..]);
        await store.SaveAsync(StoryTexts.Doc("a", a));
        await store.SaveAsync(StoryTexts.Doc("c", c));
        await store.SaveAsync(StoryTexts.Doc("b", StoryTexts.Updated));
        Assert.Equal(["a: a c b"], (await store.ListStoriesAsync()).Select(Render));

        await store.SaveAsync(StoryTexts.Doc("b", StoryTexts.Earnings));

        Assert.Equal(["a: a", "c: c", "b: b"], (await store.ListStoriesAsync()).Select(Render));
        var incremental = await SnapshotAsync(store);
        await store.RebuildCorpusAsync();
        Assert.Equal(incremental, await SnapshotAsync(store));
    }

    [Fact]
    public async Task RebuildCorpus_AfterIncrementalIngest_SameStories()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory);
        await store.SaveManyAsync(
        [
            (StoryTexts.Doc("e1", StoryTexts.Earnings), null),
            (StoryTexts.Doc("a", StoryTexts.Article), null),
            (StoryTexts.Doc("e2", StoryTexts.OtherEarnings, source: "PR Newswire"), null),
            (StoryTexts.Doc("b", StoryTexts.Updated, source: "AP", date: new DateOnly(2020, 1, 7)), null),
            (StoryTexts.Doc("e3", StoryTexts.Earnings, source: "Dow Jones"), null),
            (StoryTexts.Doc("c", StoryTexts.Dropped), null),
        ]);
        var incremental = await SnapshotAsync(store);

        await store.RebuildCorpusAsync();

        Assert.Equal(incremental, await SnapshotAsync(store));
        Assert.Contains("a 2020-01-07 3 [AP, Reuters]: a b c", incremental);
        Assert.Contains("e1 2020-01-08 2 [Dow Jones, Reuters]: e1 e3", incremental);
    }

    internal static string Render(StoryListing s) => $"{s.Id}: {string.Join(' ', s.Documents)}";

    internal static async Task<string> SnapshotAsync(SqliteDocumentStore store) =>
        string.Join(
            "\n",
            (await store.ListStoriesAsync()).Select(s => $"{s.Id} {s.First:yyyy-MM-dd} {s.Articles} [{string.Join(", ", s.Sources)}]: {string.Join(' ', s.Documents)}"));
}
