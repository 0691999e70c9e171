using CsCheck;
using Sitrep.Core.Model;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests.Corpus;

/// <summary>Issue 10 point 1 and 6: the stories found do not depend on the order documents are ingested in.</summary>
[Trait("Issue", "10")]
public sealed class StoriesOrderPropertyTests
{
    private static readonly Document[] Documents = Build();

    [Fact]
    public void Save_AnyOrder_SameStoriesAndRebuildEqualsIncremental()
    {
        var expected = Partition(Ingest(Documents).Stories);
        Assert.Contains("a b c d e f", expected); // the article, its re-publications and the two halves it links
        Assert.Contains("e1 e3", expected); // a note and its re-send, apart from the other company's note
        Gen.Int.Array[Documents.Length].Sample(
            keys =>
            {
                var order = Documents.Zip(keys).OrderBy(x => x.Second).ThenBy(x => x.First.Id, StringComparer.Ordinal).Select(x => x.First).ToArray();
                var (stories, rebuilt) = Ingest(order);
                Assert.Equal(expected, Partition(stories));
                Assert.Equal(stories, rebuilt);
            },
            iter: 25);
    }

    // The stories after saving in this order, and after a rebuild (each rendered with ids, dates, counts and sources).
    internal static (string Stories, string Rebuilt) Ingest(IReadOnlyList<Document> documents)
    {
        return Run().GetAwaiter().GetResult();

        async Task<(string, string)> Run()
        {
            await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory);
            foreach (var d in documents)
            {
                await store.SaveAsync(d);
            }

            var incremental = await StoriesIndexTests.SnapshotAsync(store);
            await store.RebuildCorpusAsync();
            return (incremental, await StoriesIndexTests.SnapshotAsync(store));
        }
    }

    // Stories as sets of documents, whatever their ids: "a b c" lines, sorted.
    internal static string Partition(string snapshot) =>
        string.Join("\n", snapshot.Split('\n').Select(line => string.Join(' ', line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..].Split(' ').Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));

    private static Document[] Build()
    {
        var paragraphs = StoryTexts.Updated.Split("\n\n");
        return
        [
            StoryTexts.Doc("a", StoryTexts.Article),
            StoryTexts.Doc("b", StoryTexts.Dropped, source: "AP"),
            StoryTexts.Doc("c", StoryTexts.Updated, source: "AFP", date: new DateOnly(2020, 1, 9)),
            StoryTexts.Doc("d", StoryTexts.Article, title: "Wire copy", source: "Xinhua"),
            StoryTexts.Doc("e", string.Join("\n\n", paragraphs[..3])),
            StoryTexts.Doc("f", string.Join("\n\n", paragraphs[2..])),
            StoryTexts.Doc("e1", StoryTexts.Earnings),
            StoryTexts.Doc("e2", StoryTexts.OtherEarnings),
            StoryTexts.Doc("e3", StoryTexts.Earnings.Replace("Reuter", "Reuters", StringComparison.Ordinal), source: "Dow Jones"),
            StoryTexts.Doc("x", "Floods in the north of the country forced thousands from their homes on Tuesday, the civil defence agency said, as rivers burst their banks after a week of rain."),
        ];
    }
}
