namespace Sitrep.Cli.Tests;

/// <summary>
/// <c>sitrep bench</c> and <c>sitrep corpus rebuild</c> report the corpus stage's own cost (issue 10 point 8): wall
/// time, the storing thread's CPU time and the garbage collector's pauses. What is checked is what they print, never
/// how fast anything ran.
/// </summary>
[Trait("Issue", "10")]
public sealed class BenchCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private void WriteCorpus()
    {
        _cli.Write("corpus/feed.jsonl", """
            {"id":"a","text":"ANKARA, Jan 8 - Turkey has started sending military advisers to Libya, President Tayyip Erdogan said on Wednesday.","date":"2020-01-08","source":"Reuters"}
            {"id":"b","text":"ANKARA, Jan 8 - Turkey has started sending military advisers to Libya, President Tayyip Erdogan said on Wednesday.","date":"2020-01-09","source":"AP"}
            {"id":"c","text":"Floods in the north forced thousands from their homes on Tuesday, the civil defence agency said.","date":"2020-01-07","source":"BBC"}
            """);
    }

    [Fact]
    public async Task Bench_SmallCorpus_ReportsTheCorpusStageWithItsCpuTimeAndGcPauses()
    {
        WriteCorpus();

        var (exit, output, error) = await _cli.RunAsync("bench", "--corpus", Path.Combine(_cli.Dir, "in", "corpus"));

        Assert.True(exit == 0, error);
        Assert.Contains("3 articles read", output, StringComparison.Ordinal);
        var stage = output.Split('\n').Single(l => l.StartsWith("corpus stage", StringComparison.Ordinal));
        Assert.Contains("inside that run: 3 articles in", stage, StringComparison.Ordinal);
        Assert.Contains("the garbage collector paused every thread for", stage, StringComparison.Ordinal);
        if (OperatingSystem.IsLinux())
        {
            Assert.Contains("s of CPU = ", stage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CorpusRebuild_ReportsDocumentsAndTheStagesCpuTime()
    {
        WriteCorpus();
        var (exit, _, error) = await _cli.RunAsync("ingest", Path.Combine(_cli.Dir, "in", "corpus"), "--db", _cli.Db);
        Assert.True(exit == 0, error);

        (exit, var output, error) = await _cli.RunAsync("corpus", "rebuild", "--db", _cli.Db);

        Assert.True(exit == 0, error);
        Assert.Contains("rebuilt the corpus indexes from 3 documents", output, StringComparison.Ordinal);
        if (OperatingSystem.IsLinux())
        {
            Assert.Contains("s of CPU = ", output, StringComparison.Ordinal);
        }
    }
}
