using System.Text.Json;

namespace Sitrep.Cli.Tests;

[Trait("Issue", "8")]
public sealed class SampleCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task SampleEvents_NoDatabase_ExitsOne()
    {
        var (exit, _, error) = await _cli.RunAsync("sample", "events", "--db", Path.Combine(_cli.Dir, "none.db"));

        Assert.Equal(1, exit);
        Assert.Contains("No database", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SampleEvents_Prefix_DrawsOnlyThoseDocumentsAsJsonLines()
    {
        _cli.Write("feed.jsonl", """
            {"id":"war-1","text":"Turkey attacked Syria on Monday. Russia criticized Turkey.","date":"2020-01-08"}
            {"id":"peace-1","text":"France met Germany in Paris.","date":"2020-01-08"}
            """);
        var (ingest, _, ingestError) = await _cli.RunAsync("ingest", Path.Combine(_cli.Dir, "in"), "--db", _cli.Db);
        Assert.True(ingest == 0, ingestError);

        var (exit, output, _) = await _cli.RunAsync("sample", "events", "--db", _cli.Db, "--n", "5", "--seed", "3", "--prefix", "war-");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            var o = JsonDocument.Parse(line).RootElement;
            Assert.Equal("war-1", o.GetProperty("id").GetString());
            foreach (var field in new[] { "seq", "sentence", "evidence", "trigger", "source", "code", "target", "rule" })
            {
                Assert.True(o.TryGetProperty(field, out _), field);
            }
        }
    }
}
