using Sitrep.Extraction.Gazetteers;
using Sitrep.Tests;

namespace Sitrep.Cli.Tests;

public sealed class GazetteerCommandTests
{
    private const string Row = "2210247\tTripoli\tTripoli\t\t32.88743\t13.18733\tP\tPPLC\tLY\t\t77\t\t\t\t1150989\t\t81\tAfrica/Tripoli\t2024-01-01";

    [Fact]
    public async Task Import_MalformedRow_ReportedWithFileAndLineAndIndexWritten()
    {
        using var run = new CliRun();
        var table = run.Write("dumps/cities15000.txt", Row + "\nbroken row\n");
        var index = Path.Combine(run.Dir, "gn.bin");

        var (exit, output, error) = await run.RunAsync("gazetteer", "import", Path.GetDirectoryName(table)!, "--out", index, "--without-defaults", "--data-root", TestPaths.Repo());

        Assert.Equal(0, exit);
        Assert.Contains($"{table}:2:", error, StringComparison.Ordinal);
        Assert.Contains("1 malformed rows skipped", output, StringComparison.Ordinal);
        Assert.Equal(2210247, GazetteerFile.Load(index).Lookup("Tripoli")[0].Entry.GeonameId);
    }

    [Fact]
    public async Task Import_Admin2Codes_CountyInTheIndexAndTheFileReported()
    {
        // Tripoli carries admin2 code 01 of Tripoli district (synthetic code): the district is placed at its town.
        using var run = new CliRun();
        var table = run.Write("dumps/cities15000.txt", Row.Replace("\t77\t\t", "\t77\t01\t", StringComparison.Ordinal) + "\n");
        run.Write("dumps/admin2Codes.txt", "LY.77.01\tTripoli District\tTripoli District\t99000301\n");
        var index = Path.Combine(run.Dir, "gn.bin");

        var (exit, output, _) = await run.RunAsync("gazetteer", "import", Path.GetDirectoryName(table)!, "--out", index, "--without-defaults", "--data-root", TestPaths.Repo());

        Assert.Equal(0, exit);
        Assert.Contains("admin2Codes.txt: 1 rows, 1 kept", output, StringComparison.Ordinal);
        var district = GazetteerFile.Load(index).Lookup("Tripoli District").Single().Entry;
        Assert.Equal((99000301, "ADM2", 32.887), (district.GeonameId, district.FeatureCode, Math.Round(district.Latitude, 3)));
    }

    [Fact]
    public async Task Import_Strict_ExitsWithTheLine()
    {
        using var run = new CliRun();
        var table = run.Write("dumps/allCountries.txt", "broken row\n");

        var (exit, _, error) = await run.RunAsync("gazetteer", "import", Path.GetDirectoryName(table)!, "--out", Path.Combine(run.Dir, "x.bin"), "--strict", "--without-defaults", "--data-root", TestPaths.Repo());

        Assert.Equal(2, exit);
        Assert.Contains($"{table}:1:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_Name_ListsPlacesBestFirst()
    {
        using var run = new CliRun();
        var (exit, output, _) = await run.RunAsync("gazetteer", "lookup", "Tripoli", "--data-root", TestPaths.Repo());

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Tripoli:", lines[0], StringComparison.Ordinal);
        Assert.Contains("2210247", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalGeo_MissingGold_ExitsBadInput()
    {
        using var run = new CliRun();
        var (exit, _, _) = await run.RunAsync("eval", "geo", "--gold", Path.Combine(run.Dir, "none.jsonl"));
        Assert.Equal(2, exit);
    }
}
