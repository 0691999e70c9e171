using Sitrep.Cli.Commands;
using Sitrep.Extraction.Events.Acled;
using Sitrep.Tests;

namespace Sitrep.Cli.Tests;

[Trait("Issue", "8")]
public sealed class TrainAcledCommandTests
{
    private static readonly string DataRoot = TestPaths.Repo();

    private static readonly string[] Scored =
    [
        """{"id":"s1","text":"Police arrested two opposition leaders in Dhaka on Monday.","label":"ARREST"}""",
        """{"id":"s2","text":"Troops clashed with rebels near Goma, killing five fighters.","label":"ARMED_CLASH"}""",
        """{"id":"s3","text":"Gunmen kidnapped a village chief in Zamfara state.","label":"ABDUCT_DISSAP"}""",
        """{"id":"s4","text":"Thousands of teachers marched peacefully through Nairobi.","label":"PEACE_PROTEST"}""",
    ];

    private static readonly string[] Extra =
    [
        """{"id":"own-ARREST-1","text":"Soldiers detained a journalist in Bamako.","label":"ARREST"}""",
        """{"id":"own-ARMED_CLASH-1","text":"Militants and the army exchanged fire in Khost.","label":"ARMED_CLASH"}""",
        """{"id":"own-ABDUCT_DISSAP-1","text":"Armed men seized three aid workers in Borno.","label":"ABDUCT_DISSAP"}""",
        """{"id":"own-PEACE_PROTEST-1","text":"Nurses held a peaceful rally outside parliament in Lima.","label":"PEACE_PROTEST"}""",
    ];

    [Fact]
    public void Run_TwoGoldFiles_CrossValidatesOnlyTheFirstFilesRecords()
    {
        using var run = new CliRun();
        var first = new FileInfo(run.Write("first.jsonl", string.Join('\n', Scored)));
        var extra = new FileInfo(run.Write("extra.jsonl", string.Join('\n', Extra)));
        var dump = new FileInfo(Path.Combine(run.Dir, "dump.jsonl"));
        var model = new FileInfo(Path.Combine(run.Dir, "model.txt"));
        using var output = new StringWriter();
        var exit = TrainAcledCommand.Run(ConsoleFactory.Create(output, false), DataRoot, [first, extra], 2, model, dump, new AcledTrainerOptions { Epochs = 2 });
        Assert.Equal(0, exit);
        Assert.Contains("scoring the 4 records of first.jsonl; the 4 records of the other --gold files train in every fold", output.ToString().ReplaceLineEndings(" "), StringComparison.Ordinal);
        var ids = File.ReadAllLines(dump.FullName).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(["s1", "s2", "s3", "s4"], ids.Order(StringComparer.Ordinal));
        Assert.True(model.Exists);
    }

    [Fact]
    public void Run_Dump_ListsEveryTypedEventWithItsCrossValidatedLabel()
    {
        // For error analysis: whether the gold label was among the record's events and only the choice missed it.
        using var run = new CliRun();
        var first = new FileInfo(run.Write("first.jsonl", string.Join('\n', Scored)));
        var extra = new FileInfo(run.Write("extra.jsonl", string.Join('\n', Extra)));
        var dump = new FileInfo(Path.Combine(run.Dir, "dump.jsonl"));
        using var output = new StringWriter();
        Assert.Equal(0, TrainAcledCommand.Run(ConsoleFactory.Create(output, false), DataRoot, [first, extra], 2, new FileInfo(Path.Combine(run.Dir, "model.txt")), dump, new AcledTrainerOptions { Epochs = 2 }));
        var lines = File.ReadAllLines(dump.FullName).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(lines, l => l.GetProperty("events").GetArrayLength() > 0);
        Assert.All(lines, l =>
        {
            var labels = l.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("label").GetString()).ToList();
            var predicted = l.GetProperty("predicted").GetString();
            Assert.True(predicted == "None" ? labels.Count == 0 : labels.Contains(predicted), $"{l.GetProperty("id")}: {predicted} not among [{string.Join(", ", labels)}]");
        });
    }

    [Fact]
    public void Run_NoneLabelledRecords_ExitsTwo()
    {
        using var run = new CliRun();
        var gold = new FileInfo(run.Write("gold.jsonl", Scored[0] + "\n" + """{"id":"n1","text":"The weather was mild.","label":"NONE"}""" + "\n"));
        using var output = new StringWriter();
        var exit = TrainAcledCommand.Run(ConsoleFactory.Create(output, false), DataRoot, [gold], 0, new FileInfo(Path.Combine(run.Dir, "model.txt")), null, new AcledTrainerOptions());
        Assert.Equal(TrainCommand.BadInput, exit);
        Assert.Contains("1 records are labelled NONE", output.ToString().ReplaceLineEndings(" "), StringComparison.Ordinal);
    }
}
