using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Evaluation;
using Sitrep.Extraction.Events.Acled;
using Spectre.Console;

namespace Sitrep.Cli.Commands.Eval;

/// <summary>
/// <c>sitrep eval case --gold FILE [--corpus DIR] [--acled-model FILE] [--min-coverage X] [--min-weighted-f1 X]
/// [--report FILE] [--dump FILE]</c> (issue 8 point 8): runs the default pipeline on each CASE 2021 Task 2 snippet (no date) and scores its CASE label as
/// <see cref="CaseEvaluator"/> defines: the label of the most confident event with an ACLED coding (highest ACLED
/// confidence, then event confidence, then earliest evidence), none without one; scored over the snippets whose gold
/// label is one of the 27 conflict and political labels, with all 30 and the 25 ACLED labels for comparison. The floors
/// apply to the 27-label subset. Gold lines may point into a corpus folder instead of carrying their text, and lines
/// labelled <c>NONE</c> are scored apart as a false-positive rate (issue 8 point 6, <see cref="CaseGoldReader"/>). Exit 0 when every floor is met, 1 when one is missed, 2 on bad arguments or gold.
/// </summary>
internal static class EvalCaseCommand
{
    private static IAnsiConsole Out => EvalExit.Console;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "CASE 2021 Task 2 gold JSONL: {id,text,label,label_set} per line (e.g. ../shared/data/news-corpus/case2021-task2-dev.jsonl).", Required = true };
        var minCoverage = new Option<double?>("--min-coverage") { Description = "Exit 1 when the share (0-1) of 27-label snippets with an event that has an ACLED coding is below this." };
        var minWeighted = new Option<double?>("--min-weighted-f1") { Description = "Exit 1 when the weighted F1 (0-1) over the 27 labels is below this." };
        var report = new Option<FileInfo?>("--report") { Description = "Write the report (all three label subsets, per-label counts, confusions) to this file as JSON." };
        var dump = new Option<FileInfo?>("--dump") { Description = "Write one JSON line per snippet to this file: gold, predicted, the chosen event (evidence, rules) and the other candidates." };
        var dataRoot = new Option<DirectoryInfo?>("--data-root") { Description = "Sitrep checkout holding data/ and node_modules/ (default: found from the current directory)." };
        var corpus = new Option<DirectoryInfo?>("--corpus") { Description = $"Folder of the news corpus that gold lines with corpus/record/start/end point into (default: {CaseCorpus.DefaultFolder} from the current directory)." };
        var acledModel = new Option<FileInfo?>("--acled-model") { Description = "Type ACLED events with this trained model (a file written by sitrep train acled --out) instead of data/models/acled-typer.txt." };
        var command = new Command(
            "case",
            "Score ACLED typing on CASE 2021 Task 2 snippets. A snippet's label is the CASE label of its most confident event with an ACLED coding "
            + "(highest ACLED confidence, then event confidence, then earliest evidence), or none when it has none. Scored over the snippets whose gold "
            + "label is one of the 27 conflict and political labels (all but NATURAL_DISASTER, MAN_MADE_DISASTER, OTHER): coverage (share with such an "
            + "event), accuracy, macro F1 (mean over labels gold or predicted), weighted F1 (by gold support); also over all 30 and the 25 ACLED labels.")
        {
            gold, minCoverage, minWeighted, report, dump, dataRoot, corpus, acledModel,
        };
        command.SetAction(r => Run(r.GetValue(gold)!, r.GetValue(minCoverage), r.GetValue(minWeighted), r.GetValue(report), r.GetValue(dump), r.GetValue(dataRoot), Out, r.GetValue(corpus), r.GetValue(acledModel)));
        return command;
    }

    /// <summary>Runs the evaluation and prints the report; returns the exit code.</summary>
    /// <param name="gold">The gold JSONL file.</param>
    /// <param name="minCoverage">Floor on the 27-label coverage, or null.</param>
    /// <param name="minWeightedF1">Floor on the 27-label weighted F1, or null.</param>
    /// <param name="report">Where to write the JSON report, or null.</param>
    /// <param name="dump">Where to write one JSON line per snippet, or null.</param>
    /// <param name="dataRoot">The checkout holding data/, or null to discover it.</param>
    /// <param name="console">Where the report goes.</param>
    /// <param name="corpus">The corpus folder for gold lines that point into one, or null for <see cref="CaseCorpus.DefaultFolder"/>.</param>
    /// <param name="acledModel">A trained ACLED typer to use instead of the checkout's, or null.</param>
    /// <exception cref="DataFileException">When a data file of the pipeline or <paramref name="acledModel"/> is malformed (the shell exits 3).</exception>
    public static int Run(
        FileInfo gold, double? minCoverage, double? minWeightedF1, FileInfo? report, FileInfo? dump, DirectoryInfo? dataRoot, IAnsiConsole console,
        DirectoryInfo? corpus = null, FileInfo? acledModel = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(console);
        if (minCoverage is < 0 or > 1 || minWeightedF1 is < 0 or > 1)
        {
            console.MarkupLine("[red]error:[/] --min-coverage and --min-weighted-f1 are shares between 0 and 1.");
            return EvalExit.BadInput;
        }

        if (!gold.Exists)
        {
            console.MarkupLineInterpolated($"[red]error:[/] gold file '{gold.FullName}' does not exist.");
            return EvalExit.BadInput;
        }

        if (acledModel is { Exists: false })
        {
            console.MarkupLineInterpolated($"[red]error:[/] ACLED model '{acledModel.FullName}' does not exist.");
            return EvalExit.BadInput;
        }

        try
        {
            var snippets = CaseGoldReader.Read(gold.FullName, new CaseCorpus(corpus?.FullName ?? CaseCorpus.DefaultFolder));
            var catalog = dataRoot is null ? DataCatalog.Discover() : new DataCatalog(dataRoot.FullName);

            // With --acled-model the pipeline types by the rules, then every ACLED coding is recomputed with the given
            // model: the model changes no event, only its coding (AcledTyper.Type after AcledTyper.Concerns).
            var typer = acledModel is null ? null : new AcledTyper(catalog.AcledResources(withModel: false) with { Model = AcledModel.Load(DataCatalog.Parse(acledModel.FullName)) });
            var pipeline = SitrepPipelines.CreateDefault(catalog, acledModel: typer is null);

            // CASE snippets have no date and no title: the pipeline gets the text alone.
            var (analysed, failures) = EvalPipelineRun.Analyse(pipeline, [.. snippets.Select(s => new Document(s.Id, s.Text))]);
            var documents = typer is null ? analysed : analysed.Select(d => AcledTraining.Retype(d, typer)).ToImmutableArray();
            var outcomes = snippets.Select((s, i) => CaseEvaluator.Analyse(s, documents[i])).ToList();
            var result = CaseEvaluator.Score(outcomes);
            foreach (var (id, error) in failures)
            {
                console.MarkupLineInterpolated($"[yellow]warning:[/] {id}: analysis failed, scored as no event ({error})");
            }

            Print(console, gold.Name, result);
            PrintNoEvent(console, result.NoEvent);
            if (report is not null)
            {
                EvalJson.WriteReport(report, result);
            }

            if (dump is not null)
            {
                EvalJson.WriteLines(dump, outcomes.Select((o, i) => (Outcome: o, Document: documents[i])), (w, x) => WriteDump(w, x.Outcome, x.Document));
            }

            var failed = !Floor(console, "coverage", result.Conflict.Coverage, minCoverage);
            failed |= !Floor(console, "weighted F1", result.Conflict.WeightedF1, minWeightedF1);
            return failed ? EvalExit.BelowBar : EvalExit.Passed;
        }
        catch (Exception ex) when (ex is FormatException or DirectoryNotFoundException or IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return EvalExit.BadInput;
        }
    }

    /// <summary>Prints one floor's line; true when it is met or not set.</summary>
    private static bool Floor(IAnsiConsole console, string name, double value, double? min)
    {
        if (min is not { } floor)
        {
            return true;
        }

        var ok = value >= floor;
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"{(ok ? "[green]ok[/]" : "[red]FAIL[/]")} {name} (conflict-27) {value:0.000} {(ok ? ">=" : "<")} {floor:0.000}"));
        return ok;
    }

    private static void Print(IAnsiConsole console, string name, CaseEvalReport report)
    {
        var summary = new Table().Title(Markup.Escape($"CASE 2021 Task 2 on {name} ({report.Snippets} snippets)"));
        foreach (var h in new[] { "labels", "snippets", "with event", "coverage", "accuracy", "macro F1", "weighted F1" })
        {
            summary.AddColumn(h);
        }

        foreach (var s in new[] { report.Conflict, report.All, report.Acled })
        {
            summary.AddRow(s.Name, N(s.Snippets), N(s.WithEvent), F(s.Coverage), F(s.Accuracy), F(s.MacroF1), F(s.WeightedF1));
        }

        console.Write(summary);
        var labels = new Table().Title("Per label (conflict-27)");
        foreach (var h in new[] { "label", "support", "predicted", "P", "R", "F1" })
        {
            labels.AddColumn(h);
        }

        foreach (var l in report.Conflict.Labels)
        {
            labels.AddRow(l.Label.ToString(), N(l.Support), N(l.Predicted), F(l.Precision), F(l.Recall), F(l.F1));
        }

        console.Write(labels);
        var confusions = new Table().Title($"Most frequent errors (conflict-27, top {CaseEvaluator.ConfusionCount})");
        foreach (var h in new[] { "gold", "predicted", "snippets" })
        {
            confusions.AddColumn(h);
        }

        foreach (var c in report.Conflict.Confusions)
        {
            confusions.AddRow(c.Gold.ToString(), Label(c.Predicted), N(c.Count));
        }

        console.Write(confusions);
    }

    private static void PrintNoEvent(IAnsiConsole console, CaseNoEventScore none)
    {
        if (none.Snippets == 0)
        {
            return;
        }

        var predicted = none.Predictions.Length == 0 ? "" : "; predicted " + string.Join(", ", none.Predictions.Select(p => $"{p.Predicted} {N(p.Count)}"));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"NONE (no event, outside the F1): {none.Snippets} snippets, {none.WithEvent} with an ACLED-coded event, false-positive rate {none.FalsePositiveRate:0.000}{predicted}"));
    }

    private static void WriteDump(Utf8JsonWriter writer, CaseSnippetOutcome outcome, Document doc)
    {
        writer.WriteStartObject();
        writer.WriteString("id", outcome.Snippet.Id);
        writer.WriteString("gold", outcome.Snippet.Label == CaseLabel.None ? CaseGoldReader.NoEventLabel : outcome.Snippet.Label.ToString());
        writer.WriteString("predicted", Label(outcome.Predicted));
        writer.WriteBoolean("correct", outcome.Correct);
        writer.WriteBoolean("scored", CaseEvaluator.ConflictLabels.Contains(outcome.Snippet.Label));
        writer.WriteNumber("events", doc.Events.Length);
        writer.WriteNumber("events_with_acled", outcome.EventsWithAcled);
        writer.WriteString("text", outcome.Snippet.Text);
        writer.WritePropertyName("chosen");
        if (outcome.Chosen is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            EvalJson.WriteEvent(writer, doc, outcome.Chosen);
        }

        writer.WriteStartArray("others");
        foreach (var e in doc.Events.Where(e => !ReferenceEquals(e, outcome.Chosen)))
        {
            EvalJson.WriteEvent(writer, doc, e);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Label(CaseLabel label) => label == CaseLabel.None ? "none" : label.ToString();

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
