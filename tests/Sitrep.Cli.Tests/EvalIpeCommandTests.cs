using System.Text.Json;
using Sitrep.Cli.Commands.Eval;
using Sitrep.Tests;

namespace Sitrep.Cli.Tests;

[Trait("Issue", "8")]
public sealed class EvalIpeCommandTests
{
    private static readonly DirectoryInfo DataRoot = new(TestPaths.Repo());

    [Fact]
    public void Run_KillBelowFloor_ExitsOneWithOneLinePerMissedFloor()
    {
        using var run = new CliRun();
        var gold = new FileInfo(run.Write("ipe.jsonl", Article(("The weather was mild on Tuesday.", ["KILL", "FORCE", "ANY_ACTION"])) + "\n"));
        using var output = new StringWriter();
        var exit = EvalIpeCommand.Run(gold, ["KILL=0.5", "ANY_ACTION=0"], null, null, DataRoot, ConsoleFactory.Create(output, false));
        Assert.Equal(EvalExit.BelowBar, exit);
        Assert.Contains("FAIL KILL sentence F1 0.000 < 0.500", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("ok ANY_ACTION sentence F1 0.000 >= 0.000", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PoliceArrest_MeetsArrestFloorAndDumpsTheEvent()
    {
        using var run = new CliRun();
        var gold = new FileInfo(run.Write("ipe.jsonl", Article(
            ("Indian police arrested Pakistani militants in Ahmedabad on Friday.", ["ARREST", "ANY_ACTION"]),
            ("The weather was mild.", [])) + "\n"));
        var report = new FileInfo(Path.Combine(run.Dir, "report.json"));
        var dump = new FileInfo(Path.Combine(run.Dir, "dump.jsonl"));
        using var output = new StringWriter();
        Assert.Equal(EvalExit.Passed, EvalIpeCommand.Run(gold, ["ARREST=1", "ANY_ACTION=1"], report, dump, DataRoot, ConsoleFactory.Create(output, false)));
        using (var json = JsonDocument.Parse(File.ReadAllText(report.FullName)))
        {
            Assert.Equal(2, json.RootElement.GetProperty("sentences").GetInt32());
            var arrest = json.RootElement.GetProperty("sentence_scores").EnumerateArray().Single(s => s.GetProperty("label").GetString() == "ARREST");
            Assert.Equal(1, arrest.GetProperty("true_positives").GetInt32());
        }

        // Only the sentence with a label or an event is dumped.
        var line = Assert.Single(File.ReadAllLines(dump.FullName));
        using var dumped = JsonDocument.Parse(line);
        Assert.Equal("173", dumped.RootElement.GetProperty("events")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("FAIL=0.1")]
    [InlineData("RIOT=0.1")]
    [InlineData("KILL=2")]
    [InlineData("KILL")]
    public void Run_BadFloor_ExitsTwo(string floor)
    {
        using var run = new CliRun();
        var gold = new FileInfo(run.Write("ipe.jsonl", Article(("Nothing.", [])) + "\n"));
        using var output = new StringWriter();
        Assert.Equal(EvalExit.BadInput, EvalIpeCommand.Run(gold, [floor], null, null, DataRoot, ConsoleFactory.Create(output, false)));
    }

    [Fact]
    public void Run_SentenceOutsideText_ExitsTwoNamingFileAndLine()
    {
        using var run = new CliRun();
        var bad = """{"id":"ipe-2","date":"2002-03-01","title":"t","text":"Short.","sentences":[{"sent_id":0,"start":0,"end":60,"labels":[]}]}""";
        var gold = new FileInfo(run.Write("ipe.jsonl", Article(("Nothing.", [])) + "\n" + bad + "\n"));
        using var output = new StringWriter();
        Assert.Equal(EvalExit.BadInput, EvalIpeCommand.Run(gold, [], null, null, DataRoot, ConsoleFactory.Create(output, false)));
        Assert.Contains($"{gold.FullName}:2: not a gold IndiaPoliceEvents article", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitrep_EvalIpeWithMissedFloor_ExitsOne()
    {
        using var run = new CliRun();
        var gold = run.Write("ipe.jsonl", Article(("The weather was mild.", ["KILL"])) + "\n");
        var (exit, _, _) = await run.RunAsync("eval", "ipe", "--gold", gold, "--min-f1", "KILL=0.5", "--data-root", DataRoot.FullName);
        Assert.Equal(EvalExit.BelowBar, exit);
    }

    /// <summary>One gold article line whose text is the sentences joined by a space, with their offsets.</summary>
    private static string Article(params (string Text, string[] Labels)[] sentences)
    {
        var text = string.Join(' ', sentences.Select(s => s.Text));
        var start = 0;
        var spans = new List<object>();
        foreach (var (sentence, labels) in sentences)
        {
            spans.Add(new Dictionary<string, object> { ["sent_id"] = spans.Count, ["start"] = start, ["end"] = start + sentence.Length, ["text"] = sentence, ["labels"] = labels });
            start += sentence.Length + 1;
        }

        return JsonSerializer.Serialize(new Dictionary<string, object?> { ["id"] = "ipe-1", ["date"] = "2002-03-01", ["title"] = "t", ["text"] = text, ["sentences"] = spans });
    }
}
