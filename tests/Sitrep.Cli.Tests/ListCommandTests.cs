using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>Issue 9 point 6: <c>sitrep list</c> finds a document to show without exporting everything.</summary>
[Trait("Issue", "9")]
public sealed class ListCommandTests(ListCommandTests.Ingested ingested) : IClassFixture<ListCommandTests.Ingested>
{
    private readonly CliRun _cli = ingested.Cli;

    /// <summary>One database for the class, ingested once and only read by the tests.</summary>
    public sealed class Ingested : IAsyncLifetime
    {
        public CliRun Cli { get; } = new();

        public async Task InitializeAsync()
        {
            Cli.Write("feed.jsonl", """
                {"id":"art-1","text":"Turkey sent drones to Libya, officials said.","date":"2020-01-08","title":"Drones over Libya","source":"Reuters"}
                {"id":"art-2","text":"Russia and Turkey met in Moscow.","date":"2020-02-09","title":"Talks in Moscow","source":"BBC"}
                {"id":"art-3","text":"Fighting went on near Tripoli.","date":"2020-03-10","title":"More drones","source":"Reuters"}
                """);
            Cli.Write("broken.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
            await Cli.RunAsync("ingest", Path.Combine(Cli.Dir, "in"), "--db", Cli.Db);
        }

        public Task DisposeAsync()
        {
            Cli.Dispose();
            return Task.CompletedTask;
        }
    }

    [Theory]
    [InlineData(new string[0], "art-1 art-2 art-3 broken")]
    [InlineData(new[] { "--since", "2020-02-01" }, "art-2 art-3")]
    [InlineData(new[] { "--until", "2020-02-09" }, "art-1 art-2")]
    [InlineData(new[] { "--source", "reuters" }, "art-1 art-3")]
    [InlineData(new[] { "--status", "failed" }, "broken")]
    [InlineData(new[] { "--title", "drones" }, "art-1 art-3")]
    [InlineData(new[] { "--limit", "2" }, "art-1 art-2")]
    public async Task List_Filters_MatchingIds(string[] filters, string expected)
    {
        var (exit, output, error) = await _cli.RunAsync(["list", "--db", _cli.Db, "--format", "tsv", .. filters]);

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id\tdate\ttitle\tsource\tstatus\tentities\tquotes\tevents", lines[0]);
        Assert.Equal(expected, string.Join(' ', lines.Skip(1).Select(l => l.Split('\t')[0])));
    }

    [Fact]
    public async Task List_Jsonl_CountsMatchTheExport()
    {
        var (_, exported, _) = await _cli.RunAsync("export", "--db", _cli.Db);
        var doc = JsonDocument.Parse(exported.Split('\n')[0]).RootElement;

        var (exit, output, _) = await _cli.RunAsync("list", "--db", _cli.Db, "--format", "jsonl", "--limit", "1");

        Assert.Equal(0, exit);
        var row = JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.Equal(("art-1", "2020-01-08", "Drones over Libya", "Reuters", "ok"), (row.GetProperty("id").GetString(), row.GetProperty("date").GetString(), row.GetProperty("title").GetString(), row.GetProperty("source").GetString(), row.GetProperty("status").GetString()));
        Assert.Equal(doc.GetProperty("quotes").GetArrayLength(), row.GetProperty("quotes").GetInt32());
        Assert.Equal(doc.GetProperty("events").GetArrayLength(), row.GetProperty("events").GetInt32());
        Assert.True(row.GetProperty("entities").GetInt32() > 0);
    }

    [Fact]
    public async Task List_Table_IdsTitlesAndTotal()
    {
        var (exit, output, _) = await _cli.RunAsync("list", "--db", _cli.Db, "--title", "moscow");

        Assert.Equal(0, exit);
        Assert.Contains("art-2", output, StringComparison.Ordinal);
        Assert.Contains("Talks in Moscow", output, StringComparison.Ordinal);
        Assert.DoesNotContain("art-1", output, StringComparison.Ordinal);
        Assert.Contains("1 documents", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_NoDatabase_OneLineExitOne()
    {
        var missing = Path.Combine(_cli.Dir, "missing.db");

        var (exit, _, error) = await _cli.RunAsync("list", "--db", missing);

        Assert.Equal(1, exit);
        Assert.Contains("No database", error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }
}
