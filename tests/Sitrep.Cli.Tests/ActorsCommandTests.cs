using System.Text.Json;
using Sitrep.Tests;

namespace Sitrep.Cli.Tests;

/// <summary>Issue 10 points 4 and 7: <c>sitrep actors</c> and <c>export --what actors</c> on the reference article.</summary>
[Trait("Issue", "10")]
public sealed class ActorsCommandTests(ActorsCommandTests.Ingested ingested) : IClassFixture<ActorsCommandTests.Ingested>
{
    private readonly CliRun _cli = ingested.Cli;

    /// <summary>The reference article ingested once; the tests only read.</summary>
    public sealed class Ingested : IAsyncLifetime
    {
        public CliRun Cli { get; } = new();

        public async Task InitializeAsync() =>
            await Cli.RunAsync("ingest", TestPaths.SharedData("seed", "reuters-2020-01-08-turkey-libya.txt"), "--db", Cli.Db);

        public Task DisposeAsync()
        {
            Cli.Dispose();
            return Task.CompletedTask;
        }
    }

    [Theory]
    [InlineData("Hifter", "Khalifa Haftar", "LBYMIL", "commander")]
    [InlineData("Sarraj", "Fayez al-Serraj", "LBYGOV", "Prime Minister")]
    [InlineData("Field Marshal Haftar", "Khalifa Haftar", "LBYMIL", "commander")]
    [InlineData("Interior Minister Bashagha", "Fathi Bashagha", "LBYGOV", "Interior Minister")]
    public async Task Actors_NameOrVariant_TimelineWithCodeAndRole(string query, string name, string code, string role)
    {
        var (exit, output, error) = await _cli.RunAsync("actors", query, "--db", _cli.Db);

        Assert.True(exit == 0, error);
        Assert.StartsWith(name + " (actor", output, StringComparison.Ordinal);
        Assert.Contains(code, output, StringComparison.Ordinal);
        Assert.Contains(role, output, StringComparison.Ordinal);
        Assert.Contains("2020-01-08", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actors_Acronym_TheOrganisationItStandsFor()
    {
        var (_, output, _) = await _cli.RunAsync("actors", "LNA", "--db", _cli.Db);

        Assert.StartsWith("Haftar National Army (actor", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actors_NoName_TableOfActors()
    {
        var (exit, output, _) = await _cli.RunAsync("actors", "--db", _cli.Db, "--limit", "100");

        Assert.Equal(0, exit);
        Assert.Contains("Khalifa Haftar", output, StringComparison.Ordinal);
        Assert.Contains("Fayez al-Serraj", output, StringComparison.Ordinal);
        Assert.Contains("21 actors", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actors_UnknownName_SaysSo()
    {
        var (exit, output, _) = await _cli.RunAsync("actors", "Zzyzx", "--db", _cli.Db);

        Assert.Equal(0, exit);
        Assert.Contains("No actor named", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ActorsJsonl_OneLinePerActorWithRoles()
    {
        var (exit, output, error) = await _cli.RunAsync("export", "--what", "actors", "--db", _cli.Db);

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var haftar = lines.Single(l => l.GetProperty("name").GetString() == "Khalifa Haftar");
        Assert.Equal("commander", haftar.GetProperty("roles")[0].GetProperty("role").GetString());
        Assert.Equal("LBYMIL", haftar.GetProperty("codes")[0].GetString());
        Assert.Equal(1, haftar.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Export_ActorsCsv_HeaderAndRows()
    {
        var (exit, output, _) = await _cli.RunAsync("export", "--what", "actors", "--format", "csv", "--db", _cli.Db);

        Assert.Equal(0, exit);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,name,type,codes,documents,events_as_source,events_as_target,aliases,roles", lines[0]);
        Assert.Contains(lines, l => l.Contains("Fathi Bashagha", StringComparison.Ordinal) && l.Contains("Interior Minister", StringComparison.Ordinal));
    }
}
