using Microsoft.Data.Sqlite;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;
using Sitrep.Store.Events;
using Sitrep.Store.Sqlite;
using Sitrep.Store.Sqlite.Corpus;
using static Sitrep.Store.Tests.Corpus.EventDocuments;

namespace Sitrep.Store.Tests.Corpus;

/// <summary>The events index keeps merged events and their mentions in step with the documents (issue 10 points 2 and 6).</summary>
[Trait("Issue", "10")]
public sealed class EventsCorpusIndexTests
{
    private static readonly DateOnly Jan8 = new(2020, 1, 8);

    private static Task<SqliteDocumentStore> OpenAsync(IReadOnlyDictionary<string, string>? stories = null, string path = SqliteDocumentStore.InMemory) =>
        SqliteDocumentStore.OpenAsync(path, new SqliteStoreOptions { CorpusIndexes = [new FixedStoryIndex(stories ?? new Dictionary<string, string>()), new EventsCorpusIndex()] });

    [Fact]
    public async Task Save_TwoReportsOfOneEvent_MergeIntoOneEventWithBothMentions()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync(With("a", Jan8, "Reuters", new Spec("LBYMIL", "LBYGOV", "190", "Tripoli", 6)));
        await store.SaveAsync(With("b", Jan8.AddDays(1), "AP", new Spec("LBYMIL", "LBYGOV", "193", "Libya", null)));

        var e = Assert.Single(await store.QueryEventsAsync(new EventQuery()));
        Assert.Equal(("193", 2, 2, 2), (e.Code.Value, e.NumMentions, e.NumArticles, e.NumSources));
        Assert.Equal("Tripoli", e.Place?.Name);
        Assert.Equal((Jan8, Jan8.AddDays(1)), (e.FirstReport!.Value, e.LastReport!.Value));
        var mentions = await store.GetEventMentionsAsync(e.Id);
        Assert.Equal(["a#0", "b#0"], mentions.Select(m => $"{m.DocumentId}#{m.Position}"));
        Assert.Equal("Forces shelled Tripoli and Misrata in Libya on Monday.", mentions[0].EvidenceText);
    }

    [Theory]
    [InlineData("LBYGOV", "LBYMIL", "190", "Tripoli", 6)] // the dyad reversed
    [InlineData("LBYMIL", "LBYGOV", "180", "Tripoli", 6)] // another root
    [InlineData("LBYMIL", "LBYGOV", "190", "Misrata", 6)] // another city, 190 km away
    [InlineData("LBYMIL", "LBYGOV", "190", "Tripoli", 20)] // two weeks later
    public async Task Save_IncompatibleReports_StayTwoEvents(string source, string target, string code, string place, int day)
    {
        await using var store = await OpenAsync();
        await store.SaveAsync(With("a", Jan8, null, new Spec("LBYMIL", "LBYGOV", "190", "Tripoli", 6)));
        await store.SaveAsync(With("b", Jan8, null, new Spec(source, target, code, place, day)));
        Assert.Equal(2, (await store.QueryEventsAsync(new EventQuery())).Count);
    }

    [Fact]
    public async Task Save_CopiesOfOneStory_CountAsOneSource()
    {
        var stories = new Dictionary<string, string> { ["a"] = "a", ["b"] = "a" };
        await using var store = await OpenAsync(stories);
        await store.SaveAsync(With("a", Jan8, null, new Spec("TUR", "LBYGOV", "072", "Libya", null)));
        await store.SaveAsync(With("b", Jan8, null, new Spec("TUR", "LBYGOV", "072", "Libya", null)));
        var e = Assert.Single(await store.QueryEventsAsync(new EventQuery()));
        Assert.Equal((2, 2, 1), (e.NumMentions, e.NumArticles, e.NumSources));
    }

    [Fact]
    public async Task Replace_AndFail_RemoveTheDocumentsMentionsAndRecomputeTheirEvents()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync(With("a", Jan8, "Reuters", new Spec("LBYMIL", "LBYGOV", "190", "Tripoli", 6)));
        await store.SaveAsync(With("b", Jan8, "AP", new Spec("LBYMIL", "LBYGOV", "193", "Tripoli", 6), new Spec("TUR", "LBYGOV", "072", "Libya", null)));
        await store.SaveAsync(SampleDocuments.Plain("b", "No events any more."));

        var e = Assert.Single(await store.QueryEventsAsync(new EventQuery()));
        Assert.Equal(("190", 1, 1, 1), (e.Code.Value, e.NumMentions, e.NumArticles, e.NumSources));

        await store.SaveFailureAsync(new DocumentFailure("a", DiagnosticCode.EmptyInput, "empty", null));
        Assert.Empty(await store.QueryEventsAsync(new EventQuery()));
    }

    [Fact]
    public async Task Remove_AMentionOfAnEvent_ReplaysTheRestAndLosesNone()
    {
        // a (Libya, root 19) and b (Tripoli, 193) merge; c (Misrata, 194) is another event; removing b keeps a and c.
        await using var store = await OpenAsync();
        await store.SaveAsync(With("a", Jan8, null, new Spec("LBYMIL", "LBYGOV", "19", "Libya", null)));
        await store.SaveAsync(With("b", Jan8, null, new Spec("LBYMIL", "LBYGOV", "193", "Tripoli", 6)));
        await store.SaveAsync(With("c", Jan8, null, new Spec("LBYMIL", "LBYGOV", "194", "Misrata", 6)));
        Assert.Equal(2, (await store.QueryEventsAsync(new EventQuery())).Count); // 194 in Misrata is not 193 in Tripoli

        await store.SaveAsync(SampleDocuments.Plain("b", "Withdrawn."));
        var events = await store.QueryEventsAsync(new EventQuery());
        Assert.Equal(3 - 1, events.Sum(e => e.NumMentions));
    }

    [Fact]
    public async Task Rebuild_GivesWhatTheIncrementalPathBuilt()
    {
        var stories = new Dictionary<string, string> { ["d2"] = "d0" };
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-events-{Guid.NewGuid():N}.db");
        try
        {
            await using (var store = await OpenAsync(stories, path))
            {
                for (var i = 0; i < 6; i++)
                {
                    await store.SaveAsync(With($"d{i}", Jan8.AddDays(i % 3), i % 2 == 0 ? "Reuters" : null,
                        new Spec("LBYMIL", "LBYGOV", i % 2 == 0 ? "190" : "193", i % 3 == 0 ? "Libya" : "Tripoli", i % 4 == 0 ? null : 6 + (i % 2)),
                        new Spec("TUR", i % 2 == 0 ? "LBYGOV" : string.Empty, "072", null, null)));
                }
            }

            var incremental = Dump(path);
            Assert.NotEmpty(incremental);
            await using (var store = await OpenAsync(stories, path))
            {
                await store.RebuildCorpusAsync();
            }

            Assert.Equal(incremental, Dump(path));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    [Fact]
    public async Task Candidates_AreFoundThroughTheKeyIndex_NotAScan()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync(With("a", Jan8, null, new Spec("LBYMIL", "LBYGOV", "190", "Tripoli", 6)));
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-plan-{Guid.NewGuid():N}.db");
        await using (var file = await OpenAsync(path: path))
        {
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT id FROM merged_events WHERE source_code = 'A' AND target_code = 'B' AND root = '19' AND range_end >= '2020-01-01' AND range_start <= '2020-01-09'";
        using var r = command.ExecuteReader();
        var plan = new List<string>();
        while (r.Read())
        {
            plan.Add(r.GetString(3));
        }

        connection.Close();
        File.Delete(path);
        Assert.Contains(plan, p => p.Contains("USING INDEX merged_events_key", StringComparison.Ordinal));
    }

    private static List<string> Dump(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var rows = new List<string>();
        foreach (var sql in new[] { "SELECT * FROM merged_events ORDER BY id", "SELECT * FROM event_mentions ORDER BY document_id, seq" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        return rows;
    }

    [Fact]
    public async Task Save_DocumentJoiningTwoStories_TheirEventsCountOneSource_AndRemovingItSplitsThemAgain()
    {
        // a and c each report the event, from two outlets; b (no event) links a's text and c's: one story, one source.
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory);
        var paragraphs = StoryTexts.Updated.Split("\n\n");
        Document Reporting(string id, string outlet, string story)
        {
            var d = EventDocuments.With(id, Jan8, outlet, new EventDocuments.Spec("LBYMIL", "LBYGOV", "190", "Tripoli", 6));
            return new Document(id, EventDocuments.Text + "\n\n" + story, d.Metadata) { Layers = d.Layers, Places = d.Places, Events = d.Events };
        }

        await store.SaveAsync(Reporting("a", "AP", string.Join("\n\n", paragraphs[..3])));
        await store.SaveAsync(Reporting("c", "AFP", string.Join("\n\n", paragraphs[2..])));
        Assert.Equal(2, Assert.Single(await store.QueryEventsAsync(new EventQuery())).NumSources);

        await store.SaveAsync(StoryTexts.Doc("b", EventDocuments.Text + "\n\n" + StoryTexts.Updated));
        Assert.Equal((2, 1), Assert.Single(await store.QueryEventsAsync(new EventQuery())) is var joined ? (joined.NumArticles, joined.NumSources) : default);
        var incremental = Assert.Single(await store.QueryEventsAsync(new EventQuery()));
        await store.RebuildCorpusAsync();
        Assert.Equal(incremental.NumSources, Assert.Single(await store.QueryEventsAsync(new EventQuery())).NumSources);

        await store.SaveAsync(StoryTexts.Doc("b", StoryTexts.Earnings));
        Assert.Equal(2, Assert.Single(await store.QueryEventsAsync(new EventQuery())).NumSources);
    }
}
