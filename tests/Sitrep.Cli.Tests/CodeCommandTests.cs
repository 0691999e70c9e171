using System.Text.Json;
using Sitrep.Cli.Commands;
using Sitrep.Cli.Commands.Eval;
using Sitrep.Tests;

namespace Sitrep.Cli.Tests;

public sealed class CodeCommandTests
{
    private static readonly DirectoryInfo Dictionaries = new(TestPaths.SharedData("petrarch-dictionaries"));
    private static readonly FileInfo Dev = new(TestPaths.SharedData("petrarch-validation-dev.jsonl"));

    [Fact]
    public void Run_WithoutUseParse_CodesRawTextOneLinePerRecord()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(0, CodeCommand.Run(Dictionaries, Dev, useParse: false, null, null, stdout, stderr));
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(File.ReadLines(Dev.FullName).Count(l => l.Trim().Length > 0), lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Contains(first.RootElement.GetProperty("events").EnumerateArray(),
            e => e.GetProperty("source").GetString() == "DAGGOV" && e.GetProperty("target").GetString() == "GON" && e.GetProperty("code").GetString() == "032");
    }

    [Fact]
    public void Run_UseParse_WritesOneJsonLinePerRecord()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(0, CodeCommand.Run(Dictionaries, Dev, useParse: true, null, null, stdout, stderr));
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(File.ReadLines(Dev.FullName).Count(l => l.Trim().Length > 0), lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("DEMO-02", first.RootElement.GetProperty("id").GetString());
        Assert.Contains(first.RootElement.GetProperty("events").EnumerateArray(),
            e => e.GetProperty("source").GetString() == "DAGGOV" && e.GetProperty("target").GetString() == "GON" && e.GetProperty("code").GetString() == "032");
    }

    [Fact]
    public void EvalPetrarch_MinExactAboveReach_ExitsOne()
    {
        using var output = new StringWriter();
        Assert.Equal(EvalPetrarchCommand.BelowBar, EvalPetrarchCommand.Run(Dev, Dictionaries, 1.01, output));
        Assert.Contains("exact event sets", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EvalPetrarch_Raw_ReportsRawTextShare()
    {
        using var output = new StringWriter();
        Assert.Equal(0, EvalPetrarchCommand.Run(Dev, Dictionaries, 0.5, output, EvalPetrarchCommand.RawCoderFactory(null)));
        Assert.Contains("exact event sets (raw text, own syntax)", output.ToString(), StringComparison.Ordinal);
    }
}
