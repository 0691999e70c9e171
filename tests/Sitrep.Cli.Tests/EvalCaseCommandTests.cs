using System.Text.Json;
using Sitrep.Cli.Commands.Eval;
using Sitrep.Tests;

namespace Sitrep.Cli.Tests;

[Trait("Issue", "8")]
public sealed class EvalCaseCommandTests
{
    // No event of any kind: the snippet is predicted none whatever the typer does.
    private const string NoEvent = """{"id":"c1","text":"The weather was mild on Tuesday.","label":"ARREST","label_set":"ACLED"}""";
    private const string Disaster = """{"id":"c2","text":"The river flooded the valley.","label":"NATURAL_DISASTER","label_set":"UNSEEN"}""";

    private static readonly DirectoryInfo DataRoot = new(TestPaths.Repo());

    [Fact]
    public void Run_CoverageBelowFloor_ExitsOneWithOneLinePerMissedFloor()
    {
        using var run = new CliRun();
        var gold = new FileInfo(run.Write("case.jsonl", NoEvent + "\n" + Disaster + "\n"));
        using var output = new StringWriter();
        var exit = EvalCaseCommand.Run(gold, 1.0, 0.5, null, null, DataRoot, ConsoleFactory.Create(output, false));
        Assert.Equal(EvalExit.BelowBar, exit);
        Assert.Contains("FAIL coverage (conflict-27) 0.000 < 1.000", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("FAIL weighted F1 (conflict-27) 0.000 < 0.500", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FloorsMet_ExitsZeroAndWritesReportAndDump()
    {
        using var run = new CliRun();
        var gold = new FileInfo(run.Write("case.jsonl", NoEvent + "\n\n" + Disaster + "\n"));
        var report = new FileInfo(Path.Combine(run.Dir, "report.json"));
        var dump = new FileInfo(Path.Combine(run.Dir, "dump.jsonl"));
        using var output = new StringWriter();
        Assert.Equal(EvalExit.Passed, EvalCaseCommand.Run(gold, 0, 0, report, dump, DataRoot, ConsoleFactory.Create(output, false)));
        Assert.Contains("ok coverage (conflict-27) 0.000 >= 0.000", output.ToString(), StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(File.ReadAllText(report.FullName)))
        {
            Assert.Equal(2, json.RootElement.GetProperty("snippets").GetInt32());
            Assert.Equal(1, json.RootElement.GetProperty("conflict").GetProperty("snippets").GetInt32());
            Assert.Equal(2, json.RootElement.GetProperty("all").GetProperty("snippets").GetInt32());
        }

        var lines = File.ReadAllLines(dump.FullName);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(("ARREST", "none", true), (first.RootElement.GetProperty("gold").GetString(), first.RootElement.GetProperty("predicted").GetString(), first.RootElement.GetProperty("scored").GetBoolean()));
    }

    [Fact]
    public void Run_MalformedGoldLine_ExitsTwoNamingFileAndLine()
    {
        using var run = new CliRun();
        var gold = new FileInfo(run.Write("case.jsonl", NoEvent + "\n" + """{"id":"c3","text":"x","label":"RIOT"}""" + "\n"));
        using var output = new StringWriter();
        Assert.Equal(EvalExit.BadInput, EvalCaseCommand.Run(gold, null, null, null, null, DataRoot, ConsoleFactory.Create(output, false)));
        Assert.Contains($"{gold.FullName}:2: not a gold CASE 2021 snippet", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FloorOutsideZeroToOne_ExitsTwo()
    {
        using var run = new CliRun();
        var gold = new FileInfo(run.Write("case.jsonl", NoEvent + "\n"));
        using var output = new StringWriter();
        Assert.Equal(EvalExit.BadInput, EvalCaseCommand.Run(gold, 1.5, null, null, null, DataRoot, ConsoleFactory.Create(output, false)));
    }

    [Fact]
    public async Task Sitrep_EvalCaseWithMissedFloor_ExitsOne()
    {
        using var run = new CliRun();
        var gold = run.Write("case.jsonl", NoEvent + "\n");
        var (exit, _, _) = await run.RunAsync("eval", "case", "--gold", gold, "--min-coverage", "1", "--data-root", DataRoot.FullName);
        Assert.Equal(EvalExit.BelowBar, exit);
    }
}
