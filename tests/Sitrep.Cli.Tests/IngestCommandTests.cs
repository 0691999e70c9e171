using System.Text;
using Sitrep.Store;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private void WriteMixedBatch()
    {
        _cli.Write("good.txt", "CAIRO – Turkey sent drones to Libya, officials said on Wednesday.\n");
        _cli.Write("page.html", "<html><head><title>Page title</title></head><body><article><p>Fighting went on near Tripoli on Tuesday.</p><p>Officials said more troops would come.</p></article></body></html>");
        _cli.Write("feed.jsonl", """
            {"id":"j-1","text":"First record text.","date":"2020-01-08","source":"Reuters"}
            {"id":"j-2","text":"Second record
            {"id":"j-3","text":"Third record text.","date":"None"}
            """);
        _cli.Write("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
        _cli.Write("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 news text"));
        _cli.Write("empty.txt", []);
        _cli.Write("big.txt", new string('x', 3000));
        _cli.Write("notes.pdf", "%PDF-1.4");
    }

    private string InputDir => Path.Combine(_cli.Dir, "in");

    [Fact]
    public async Task Ingest_MixedGoodAndBadFiles_GoodStoredBadNamedExitTwo()
    {
        WriteMixedBatch();

        var (exit, output, error) = await _cli.RunAsync("ingest", InputDir, "--db", _cli.Db, "--max-bytes", "2000");

        Assert.Equal(2, exit);
        Assert.Contains("4 stored", output, StringComparison.Ordinal);
        Assert.Contains("6 failed", output, StringComparison.Ordinal);
        foreach (var (name, code) in new[] { ("binary.txt", "SR1003"), ("latin1.txt", "SR1002"), ("empty.txt", "SR1001"), ("big.txt", "SR1004"), ("notes.pdf", "SR1006"), ("feed.jsonl:2", "SR1005") })
        {
            Assert.Contains(error.Split('\n'), l => l.Contains(name, StringComparison.Ordinal) && l.Contains(code, StringComparison.Ordinal));
        }

        await using var store = await SqliteDocumentStore.OpenAsync(_cli.Db);
        foreach (var id in new[] { "good", "page", "j-1", "j-3" })
        {
            Assert.Equal(DocumentStatus.Ok, (await store.GetAsync(id))!.Status);
        }

        var binary = await store.GetAsync("binary");
        Assert.Equal(DocumentStatus.Failed, binary!.Status);
        Assert.Contains("NUL", binary.FailureReason, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2020, 1, 8), (await store.GetAsync("j-1"))!.Document!.Metadata.Date);
        Assert.Equal("Page title", (await store.GetAsync("page"))!.Document!.Metadata.Title);
    }

    [Fact]
    public async Task Ingest_SameBatchTwice_NothingDuplicated()
    {
        WriteMixedBatch();
        await _cli.RunAsync("ingest", InputDir, "--db", _cli.Db, "--max-bytes", "2000");
        StoreCounts first;
        await using (var store = await SqliteDocumentStore.OpenAsync(_cli.Db))
        {
            first = await store.CountAsync();
        }

        var (exit, output, _) = await _cli.RunAsync("ingest", InputDir, "--db", _cli.Db, "--max-bytes", "2000");

        Assert.Equal(2, exit);
        Assert.Contains("0 stored, 0 replaced, 4 unchanged, 6 failed", output, StringComparison.Ordinal);
        await using var again = await SqliteDocumentStore.OpenAsync(_cli.Db);
        Assert.Equal(first with { Runs = 2 }, await again.CountAsync());
    }

    [Fact]
    public async Task Ingest_UserVerbDictionary_CodesWithItWarnsOfBadLinesAndReprocessesWhenItChanges()
    {
        var article = _cli.Write("in/a.txt", "Turkey scolded Russia on Monday, officials said.\n");
        var verbs = _cli.Write("user-verbs.txt", """
            --- SCOLD [112] ---
            SCOLD
            - $ * + [112]
            - * THE FULL [xxy
            """);

        var (exit, output, error) = await _cli.RunAsync("ingest", article, "--db", _cli.Db, "--verbs", verbs);

        Assert.Equal(0, exit);
        Assert.Contains("1 stored", output, StringComparison.Ordinal);
        Assert.Contains("warning: skipped a line of the verb dictionary", error, StringComparison.Ordinal);
        Assert.Contains("user-verbs.txt:4", error, StringComparison.Ordinal);
        var (_, exported, _) = await _cli.RunAsync("export", "--db", _cli.Db, "--format", "jsonl");
        var events = System.Text.Json.JsonDocument.Parse(exported).RootElement.GetProperty("events");
        var e = Assert.Single(events.EnumerateArray());
        Assert.Equal(("TUR", "RUS", "112"), (e.GetProperty("source").GetString(), e.GetProperty("target").GetString(), e.GetProperty("cameo").GetString()));
        Assert.StartsWith("verbs:user-verbs.txt@", e.GetProperty("rule").GetString(), StringComparison.Ordinal);

        Assert.Contains("1 unchanged", (await _cli.RunAsync("ingest", article, "--db", _cli.Db, "--verbs", verbs)).Out, StringComparison.Ordinal);
        Assert.Contains("1 replaced", (await _cli.RunAsync("ingest", article, "--db", _cli.Db)).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_MissingVerbDictionary_NamesItAndExitsThree()
    {
        var article = _cli.Write("in/a.txt", "Some article text.");
        var (exit, _, error) = await _cli.RunAsync("ingest", article, "--db", _cli.Db, "--verbs", Path.Combine(_cli.Dir, "nope.txt"));
        Assert.Equal(3, exit);
        Assert.Contains("nope.txt", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_AllGood_ExitZero()
    {
        var path = _cli.Write("a.txt", "Some article text.");

        var (exit, output, error) = await _cli.RunAsync("ingest", path, "--db", _cli.Db);

        Assert.Equal(0, exit);
        Assert.Contains("1 stored", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public async Task Ingest_StdinJsonl_IdsKept()
    {
        _cli.Stdin = Encoding.UTF8.GetBytes("{\"id\":\"s-1\",\"text\":\"one\"}\n{\"id\":\"s-2\",\"text\":\"two\"}\n");

        var (exit, _, _) = await _cli.RunAsync("ingest", "-", "--db", _cli.Db);

        Assert.Equal(0, exit);
        await using var store = await SqliteDocumentStore.OpenAsync(_cli.Db);
        Assert.NotNull(await store.GetAsync("s-2"));
    }
}
