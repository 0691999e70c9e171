using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;
using Sitrep.Corpus.Relations;
using Sitrep.Store.Sqlite;
using Sitrep.Store.Sqlite.Corpus;
using static Sitrep.Store.Tests.Corpus.RelationDocuments;

namespace Sitrep.Store.Tests.Corpus;

/// <summary>The relations index and its as-of queries (issue 10 points 5 and 6).</summary>
[Trait("Issue", "10")]
public sealed class RelationsIndexTests
{
    private static readonly DateOnly[] AsOfDates = [new(2019, 6, 30), new(2019, 12, 31), new(2020, 1, 31), new(2020, 12, 31)];

    private static async Task<SqliteDocumentStore> OpenAsync(IReadOnlyDictionary<string, string>? stories = null) =>
        await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory, new SqliteStoreOptions
        {
            CorpusIndexes = [new FixedStoryIndex(stories ?? new Dictionary<string, string>()), new RelationsIndex()],
        });

    [Fact]
    public void Default_HoldsTheRelationsIndex() => Assert.Contains(CorpusIndexes.Default, i => i.Name == "relations.v1");

    [Fact]
    public async Task GetRelations_AnyQuery_EqualsThePureAggregation()
    {
        var (documents, stories) = Generated(seed: 10, count: 60);
        await using var store = await OpenAsync(stories);
        await store.SaveManyAsync([.. documents.Select(d => (d, (string?)null))]);
        var reports = documents.SelectMany(d => RelationEvidenceReader.Read(d).Select(e => e with { Source = SourceOf(d, stories, documents) })).ToList();

        foreach (var query in Queries())
        {
            Assert.Equal(Render(RelationAggregator.Aggregate(reports, query)), Render(await store.GetRelationsAsync(query)));
        }
    }

    [Fact]
    public async Task RebuildCorpus_AfterReplacementsAndFailures_SameAsIncremental()
    {
        var (documents, stories) = Generated(seed: 11, count: 40);
        await using var store = await OpenAsync(stories);
        foreach (var d in documents)
        {
            await store.SaveAsync(d);
        }

        await store.SaveAsync(Doc("g3", "2020-03-01", "BBC", ("RUS", "LBYMIL", null))); // replaced: its old reports go
        await store.SaveFailureAsync(new DocumentFailure("g5", DiagnosticCode.EmptyInput, "empty", null));
        var incremental = await Answers(store);

        await store.RebuildCorpusAsync();

        Assert.Equal(incremental, await Answers(store));
    }

    [Fact]
    public async Task Save_Replacement_RemovesTheOldVersionsEvidence()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync(Doc("a", "2020-01-08", "Reuters", ("TURGOV", "LBYGOV", "LBYMIL")));
        await store.SaveAsync(Doc("a", "2020-01-09", "Reuters", ("ARE", "LBYMIL", null)));

        var relations = await store.GetRelationsAsync(RelationQuery.All);

        Assert.Equal(["ARE -> LBYMIL"], relations.Select(r => r.Edge.ToString()));
    }

    [Fact]
    public async Task SaveFailure_RemovesTheDocumentsEvidence()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync(Doc("a", "2020-01-08", "Reuters", ("TURGOV", "LBYGOV", "LBYMIL")));
        await store.SaveAsync(Doc("b", "2020-01-10", "BBC", ("TURGOV", "LBYGOV", "LBYMIL")));
        await store.SaveFailureAsync(new DocumentFailure("a", DiagnosticCode.EmptyInput, "empty", null));

        var relation = Assert.Single(await store.GetRelationsAsync(RelationQuery.All));

        Assert.Equal(["b"], relation.Evidence.Select(e => e.DocumentId));
    }

    [Fact]
    public async Task Save_Unchanged_ChangesNothing()
    {
        await using var store = await OpenAsync();
        var a = Doc("a", "2020-01-08", "Reuters", ("TURGOV", "LBYGOV", "LBYMIL"));
        await store.SaveAsync(a);
        var before = Render(await store.GetRelationsAsync(RelationQuery.All));

        Assert.Equal(SaveOutcome.Unchanged, await store.SaveAsync(a));
        Assert.Equal(before, Render(await store.GetRelationsAsync(RelationQuery.All)));
    }

    [Fact]
    public async Task GetRelations_CopiesOfOneStory_OneSource()
    {
        // b and c are copies of a's story, published by other outlets; d is a story of its own from Reuters.
        await using var store = await OpenAsync(new Dictionary<string, string> { ["a"] = "a", ["b"] = "a", ["c"] = "a" });
        await store.SaveAsync(Doc("a", "2020-01-08", "Reuters", ("ARE", "LBYMIL", null)));
        await store.SaveAsync(Doc("b", "2020-01-09", "Yahoo", ("ARE", "LBYMIL", null)));
        await store.SaveAsync(Doc("c", "2020-01-09", null, ("ARE", "LBYMIL", null)));
        await store.SaveAsync(Doc("d", "2020-01-20", "Reuters", ("ARE", "LBYMIL", null)));
        await store.SaveAsync(Doc("e", "2020-01-21", "BBC", ("ARE", "LBYMIL", null)));

        var relation = Assert.Single(await store.GetRelationsAsync(RelationQuery.All));

        Assert.Equal((5, 2), (relation.Documents, relation.Sources)); // Reuters (a, its copies, d) and BBC
    }

    [Fact]
    public async Task GetRelations_AsOf_StaleFlaggedAndEarlierDateEmpty()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync(Doc("old", "2019-02-01", "AFP", ("RUS", "SYRGOV", null)));
        await store.SaveAsync(Doc("new", "2020-01-08", "Reuters", ("TURGOV", "LBYGOV", "LBYMIL")));

        var asOf = await store.GetRelationsAsync(new RelationQuery { AsOf = new DateOnly(2020, 1, 31) });

        Assert.Equal(["TURGOV -> LBYGOV (against LBYMIL) stale=False", "RUS -> SYRGOV stale=True"], asOf.Select(r => $"{r.Edge} stale={r.Stale}"));
        Assert.Empty(await store.GetRelationsAsync(new RelationQuery { AsOf = new DateOnly(2019, 1, 31) }));
    }

    private static async Task<string> Answers(SqliteDocumentStore store)
    {
        var answers = new List<string>();
        foreach (var query in Queries())
        {
            answers.Add(Render(await store.GetRelationsAsync(query)));
        }

        return string.Join("\n--\n", answers);
    }

    private static IEnumerable<RelationQuery> Queries()
    {
        yield return RelationQuery.All;
        yield return new RelationQuery { Country = "LBY" };
        yield return new RelationQuery { Country = "syr", StaleAfterDays = 30 };
        foreach (var day in AsOfDates)
        {
            yield return new RelationQuery { AsOf = day };
            yield return new RelationQuery { AsOf = day, StaleAfterDays = 60, Country = "LBYMIL" };
        }
    }

    private static string SourceOf(Document d, IReadOnlyDictionary<string, string> stories, IReadOnlyList<Document> documents)
    {
        var story = stories.GetValueOrDefault(d.Id);
        return RelationSources.Key(d.Id, d.Metadata.Source, story, story is null ? null : documents.Single(x => x.Id == story).Metadata.Source);
    }

    // Documents over a few edges, dates (some missing), outlets (some missing) and stories (every fourth a copy).
    private static (List<Document> Documents, Dictionary<string, string> Stories) Generated(int seed, int count)
    {
        string[] backers = ["TURGOV", "ARE", "RUS", "EGY"];
        string[] backed = ["LBYGOV", "LBYMIL", "SYRGOV", "SYRREB"];
        string?[] opposed = [null, "LBYMIL", "LBYGOV", "SYRREB"];
        string?[] outlets = ["Reuters", "BBC", null, "AFP", " "];
        var random = new Random(seed);
        var documents = new List<Document>();
        var stories = new Dictionary<string, string>();
        for (var i = 0; i < count; i++)
        {
            var id = "g" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var date = random.Next(6) == 0 ? null : new DateOnly(2019, 1, 1).AddDays(random.Next(700)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var edges = Enumerable.Range(0, random.Next(3)).Select(_ => (backers[random.Next(4)], backed[random.Next(4)], opposed[random.Next(4)])).ToArray();
            documents.Add(Doc(id, date, outlets[random.Next(outlets.Length)], edges));
            if (i >= 4 && i % 4 == 0)
            {
                stories[id] = "g" + random.Next(i).ToString(System.Globalization.CultureInfo.InvariantCulture);
                stories.TryAdd(stories[id], stories[id]);
            }
        }

        return (documents, stories);
    }
}
