using System.Text;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Tests;

/// <summary>Issue 9 points 4 and 5: piped articles are kept apart, replacements are told, progress shows off a terminal.</summary>
[Trait("Issue", "9")]
public sealed class IngestPipeTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task<(int Exit, string Out, string Err)> PipeAsync(string text, params string[] extra)
    {
        _cli.Stdin = Encoding.UTF8.GetBytes(text);
        return await _cli.RunAsync(["ingest", "-", "--db", _cli.Db, .. extra]);
    }

    [Fact]
    public async Task Ingest_TwoArticlesPipedInTurn_TwoDocuments()
    {
        var first = await PipeAsync("Turkey sent drones to Libya, officials said.\n");
        var second = await PipeAsync("Russia and Turkey met in Moscow on Tuesday.\n");

        Assert.Contains("1 stored, 0 replaced", first.Out, StringComparison.Ordinal);
        Assert.Contains("1 stored, 0 replaced", second.Out, StringComparison.Ordinal);
        await using var store = await SqliteDocumentStore.OpenAsync(_cli.Db);
        Assert.Equal(2, (await store.CountAsync()).Documents);
    }

    [Fact]
    public async Task Ingest_SameArticlePipedTwice_UnchangedNotDuplicated()
    {
        await PipeAsync("Turkey sent drones to Libya, officials said.\n");

        var again = await PipeAsync("Turkey sent drones to Libya, officials said.\n");

        Assert.Contains("0 stored, 0 replaced, 1 unchanged", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_PipedWithIdThenOtherText_StoredUnderIdReplacementNamed()
    {
        var first = await PipeAsync("Turkey sent drones to Libya, officials said.\n", "--id", "libya-1");
        var second = await PipeAsync("Turkey sent more drones to Libya, officials said.\n", "--id", "libya-1");

        Assert.Contains("1 stored", first.Out, StringComparison.Ordinal);
        Assert.Contains("0 stored, 1 replaced", second.Out, StringComparison.Ordinal);
        Assert.Contains("replaced: libya-1 from stdin: its stored text was replaced", second.Err, StringComparison.Ordinal);
        await using var store = await SqliteDocumentStore.OpenAsync(_cli.Db);
        Assert.Contains("more drones", (await store.GetAsync("libya-1"))!.Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_IdWithoutStdin_OneLineExitOne()
    {
        var path = _cli.Write("a.txt", "Some text.");

        var (exit, _, error) = await _cli.RunAsync("ingest", path, "--id", "x", "--db", _cli.Db);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--id names the article read from stdin", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_ChangedFile_ReplacementNamedOnStderr()
    {
        var path = _cli.Write("a.txt", "First version.");
        await _cli.RunAsync("ingest", path, "--db", _cli.Db);
        File.WriteAllText(path, "Second version.");

        var (_, output, error) = await _cli.RunAsync("ingest", path, "--db", _cli.Db);

        Assert.Contains("0 stored, 1 replaced", output, StringComparison.Ordinal);
        Assert.Contains($"replaced: a from {path}: its stored text was replaced", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_TwoRecordsOneId_SecondReplacesFirstAndIsNamed()
    {
        _cli.Write("feed.jsonl", """
            {"id":"dup","text":"First text."}
            {"id":"dup","text":"Second text."}
            """);

        var (_, output, error) = await _cli.RunAsync("ingest", Path.Combine(_cli.Dir, "in", "feed.jsonl"), "--db", _cli.Db);

        Assert.Contains("1 stored, 1 replaced", output, StringComparison.Ordinal);
        Assert.Contains("replaced: dup from", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_OutputRedirected_ProgressLinesOnStderr()
    {
        // 300 articles take well over the 10 ms interval even at the pipeline's top speed (about 3,400 articles/s).
        _cli.Write("feed.jsonl", string.Join('\n', Enumerable.Range(0, 300).Select(i => $"{{\"id\":\"p-{i}\",\"text\":\"Turkey sent drones to Libya on day {i}, officials said.\"}}")));

        var (exit, output, error) = await _cli.RunAsync("ingest", Path.Combine(_cli.Dir, "in"), "--db", _cli.Db, "--progress-every", "0.01");

        Assert.Equal(0, exit);
        Assert.Contains("300 stored", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^progress: \d+ done \(\d+ stored, \d+ replaced, \d+ unchanged, \d+ failed\), \d+/s, \d+ s$", error);
        Assert.DoesNotContain("progress:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_ProgressEveryZero_NoProgressLines()
    {
        var path = _cli.Write("a.txt", "Some text.");

        var (_, _, error) = await _cli.RunAsync("ingest", path, "--db", _cli.Db, "--progress-every", "0");

        Assert.DoesNotContain("progress:", error, StringComparison.Ordinal);
    }
}
