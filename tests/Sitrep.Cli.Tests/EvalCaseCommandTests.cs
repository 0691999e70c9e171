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

    [Fact]
    public void Run_CorpusLinesWithNone_ReportsTheFalsePositiveRateApart()
    {
        using var run = new CliRun();
        var corpus = Corpus(run);
        var gold = new FileInfo(run.Write("own.jsonl", """
            {"id":"o1","corpus":"news.jsonl","record":"r1","start":0,"end":32,"label":"NONE","note":"weather"}
            {"id":"o2","corpus":"news.jsonl","record":"r1","start":33,"end":62,"label":"NATURAL_DISASTER"}
            """));
        var report = new FileInfo(Path.Combine(run.Dir, "report.json"));
        using var output = new StringWriter();
        Assert.Equal(EvalExit.Passed, EvalCaseCommand.Run(gold, null, null, report, null, DataRoot, ConsoleFactory.Create(output, false), corpus));
        Assert.Contains("NONE (no event, outside the F1): 1 snippets, 0 with an ACLED-coded event, false-positive rate 0.000", output.ToString(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(report.FullName));
        Assert.Equal(1, json.RootElement.GetProperty("no_event").GetProperty("snippets").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("all").GetProperty("snippets").GetInt32());
    }

    [Fact]
    public void Run_CorpusRecordMissing_ExitsTwoNamingFileLineAndRecord()
    {
        using var run = new CliRun();
        var corpus = Corpus(run);
        var gold = new FileInfo(run.Write("own.jsonl", """{"id":"o1","corpus":"news.jsonl","record":"r7","start":0,"end":4,"label":"NONE"}""" + "\n"));
        using var output = new StringWriter();
        Assert.Equal(EvalExit.BadInput, EvalCaseCommand.Run(gold, null, null, null, null, DataRoot, ConsoleFactory.Create(output, false), corpus));
        Assert.Contains($"{gold.FullName}:1: not a gold CASE 2021 snippet (record 'r7' is not in", output.ToString().ReplaceLineEndings(""), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AcledModelMissing_ExitsTwo()
    {
        using var run = new CliRun();
        var gold = new FileInfo(run.Write("case.jsonl", NoEvent + "\n"));
        using var output = new StringWriter();
        var model = new FileInfo(Path.Combine(run.Dir, "no-model.txt"));
        Assert.Equal(EvalExit.BadInput, EvalCaseCommand.Run(gold, null, null, null, null, DataRoot, ConsoleFactory.Create(output, false), null, model));
        Assert.Contains("no-model.txt' does not exist", output.ToString().ReplaceLineEndings(""), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AcledModel_TypesEventsWithIt()
    {
        // A model that puts all its weight on the word "arrested" for DIPLO: an arrest is then typed DIPLO.
        using var run = new CliRun();
        var gold = new FileInfo(run.Write("case.jsonl", """{"id":"c1","text":"Police arrested two opposition leaders in Dhaka on Monday.","label":"ARREST"}""" + "\n"));
        var model = new FileInfo(run.Write("model.txt", "# acled-typer v1: test model\nw:arrested\tDIPLO:50\n"));
        var dump = new FileInfo(Path.Combine(run.Dir, "dump.jsonl"));
        using (var output = new StringWriter())
        {
            EvalCaseCommand.Run(gold, null, null, null, dump, DataRoot, ConsoleFactory.Create(output, false));
            using var rules = JsonDocument.Parse(File.ReadAllLines(dump.FullName)[0]);
            Assert.Equal("ARREST", rules.RootElement.GetProperty("predicted").GetString());
        }

        using (var output = new StringWriter())
        {
            EvalCaseCommand.Run(gold, null, null, null, dump, DataRoot, ConsoleFactory.Create(output, false), null, model);
            using var trained = JsonDocument.Parse(File.ReadAllLines(dump.FullName)[0]);
            Assert.Equal("DIPLO", trained.RootElement.GetProperty("predicted").GetString());
        }
    }

    private static DirectoryInfo Corpus(CliRun run)
    {
        // r1: "The weather was mild on Tuesday." (0-32) then "The river flooded the valley." (33-62).
        var file = run.Write(Path.Combine("corpus", "news.jsonl"), """{"id":"r1","text":"The weather was mild on Tuesday. The river flooded the valley."}""" + "\n");
        return new DirectoryInfo(Path.GetDirectoryName(file)!);
    }
}
