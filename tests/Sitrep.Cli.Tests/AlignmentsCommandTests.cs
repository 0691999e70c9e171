using System.Text.Json;
using Sitrep.Tests;

namespace Sitrep.Cli.Tests;

/// <summary>Issue 10 points 5 and 7: <c>sitrep alignments</c> and <c>export --what alignments</c> on the reference article.</summary>
[Trait("Issue", "10")]
public sealed class AlignmentsCommandTests(AlignmentsCommandTests.Ingested ingested) : IClassFixture<AlignmentsCommandTests.Ingested>
{
    private readonly CliRun _cli = ingested.Cli;

    /// <summary>One database holding the reference article, ingested once and only read by the tests.</summary>
    public sealed class Ingested : IAsyncLifetime
    {
        public CliRun Cli { get; } = new();

        public async Task InitializeAsync()
        {
            Cli.Write("reuters-2020-01-08-turkey-libya.txt", File.ReadAllBytes(TestPaths.SharedData("seed", "reuters-2020-01-08-turkey-libya.txt")));
            var (exit, _, error) = await Cli.RunAsync("ingest", Path.Combine(Cli.Dir, "in"), "--db", Cli.Db);
            Assert.True(exit == 0, error);
        }

        public Task DisposeAsync()
        {
            Cli.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Alignments_ReferenceArticleAsOfJanuary_TheThreeGoldRelationsWithEvidence()
    {
        var (exit, output, error) = await _cli.RunAsync("alignments", "--country", "LBY", "--as-of", "2020-01-31", "--db", _cli.Db);

        Assert.True(exit == 0, error);
        Assert.Contains("TURGOV → LBYGOV (against LBYMIL)", output, StringComparison.Ordinal);
        Assert.Contains("ARE → LBYMIL", output, StringComparison.Ordinal);
        Assert.Contains("RUS → LBYMIL", output, StringComparison.Ordinal);
        Assert.Contains("which Ankara backs against allied forces", output, StringComparison.Ordinal);
        Assert.Contains("2020-01-08", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alignments_BeforeTheArticle_None()
    {
        var (exit, output, error) = await _cli.RunAsync("alignments", "--country", "LBY", "--as-of", "2019-12-31", "--db", _cli.Db);

        Assert.True(exit == 0, error);
        Assert.Contains("0 relations as of 2019-12-31", output, StringComparison.Ordinal);
        Assert.DoesNotContain("LBYGOV", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alignments_OtherCountry_None()
    {
        var (_, output, _) = await _cli.RunAsync("alignments", "--country", "FRA", "--db", _cli.Db);

        Assert.Contains("0 relations", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alignments_StaleAfterNegative_UsageError()
    {
        var (exit, _, error) = await _cli.RunAsync("alignments", "--stale-after", "-1", "--db", _cli.Db);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--stale-after", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_AlignmentsJsonl_OneLinePerEdgeWithItsEvidence()
    {
        var (exit, output, error) = await _cli.RunAsync("export", "--format", "jsonl", "--what", "alignments", "--db", _cli.Db);

        Assert.True(exit == 0, error);
        var edges = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var tur = Assert.Single(edges, e => e.GetProperty("backer").GetString() == "TURGOV" && e.GetProperty("backed").GetString() == "LBYGOV");
        Assert.Equal("LBYMIL", tur.GetProperty("opposed").GetString());
        Assert.Equal("2020-01-08", tur.GetProperty("first").GetString());
        var evidence = tur.GetProperty("evidence")[0];
        Assert.Equal("reuters-2020-01-08-turkey-libya", evidence.GetProperty("document").GetString());
        Assert.Contains("Ankara backs", evidence.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Contains("Ankara backs", evidence.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_AlignmentsCsv_HeaderThenOneRowPerEdge()
    {
        var (jsonExit, jsonl, _) = await _cli.RunAsync("export", "--format", "jsonl", "--what", "alignments", "--db", _cli.Db);
        var (exit, csv, error) = await _cli.RunAsync("export", "--format", "csv", "--what", "alignments", "--db", _cli.Db);

        Assert.True(exit == 0 && jsonExit == 0, error);
        Assert.StartsWith("backer,backed,opposed,first,last,documents,sources,stale,evidence\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("TURGOV,LBYGOV,LBYMIL,2020-01-08,2020-01-08,1,1,false,", csv, StringComparison.Ordinal);
        Assert.Equal(jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
    }
}
