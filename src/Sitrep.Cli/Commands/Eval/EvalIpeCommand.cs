using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Evaluation;
using Spectre.Console;

namespace Sitrep.Cli.Commands.Eval;

/// <summary>
/// <c>sitrep eval ipe --gold FILE [--min-f1 LABEL=VALUE]… [--report FILE] [--dump FILE]</c> (issue 8 point 8): runs the
/// default pipeline on each IndiaPoliceEvents article (its date as the article date, its title as metadata) and scores
/// the sentence labels as <see cref="IpeEvaluator"/> defines: a sentence holds an event whose trigger starts inside it;
/// KILL is a police-source event with a fatality, ARREST a police-source 173, FORCE a police-source 175 or root 18-20,
/// ANY_ACTION any police-source event; FAIL is not predicted (gold count only). Documents are scored too (positive when
/// any sentence is). The floors apply to sentence F1. Exit 0 when every floor is met, 1 when one is missed, 2 on bad
/// arguments or gold.
/// </summary>
internal static class EvalIpeCommand
{
    private static IAnsiConsole Out => EvalExit.Console;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold")
        {
            Description = "IndiaPoliceEvents gold JSONL: {id,date,title,text,sentences:[{sent_id,start,end,text,labels}]} per line (e.g. ../shared/data/news-corpus/india-police-events-dev.jsonl).",
            Required = true,
        };
        var minF1 = new Option<string[]>("--min-f1") { Description = "Floor on a label's sentence F1, as LABEL=VALUE (KILL=0.3) with LABEL one of KILL ARREST FORCE ANY_ACTION; repeatable. A missed floor exits 1." };
        var report = new Option<FileInfo?>("--report") { Description = "Write the report (sentence and document scores per label) to this file as JSON." };
        var dump = new Option<FileInfo?>("--dump") { Description = "Write one JSON line per sentence with a gold label, a predicted label or an event: gold, predicted and its events (evidence, rules)." };
        var dataRoot = new Option<DirectoryInfo?>("--data-root") { Description = "Sitrep checkout holding data/ and node_modules/ (default: found from the current directory)." };
        var command = new Command(
            "ipe",
            "Score police events on IndiaPoliceEvents, per sentence. A sentence holds an event whose trigger starts inside it; police source: a COP "
            + "segment in the source code (COP, INDCOP). KILL: police source and fatalities >= 1; ARREST: police source and CAMEO 173; FORCE: police "
            + "source and CAMEO 175 or root 18, 19, 20; ANY_ACTION: any police-source event; FAIL: not predicted, gold count only. Precision, recall, "
            + "F1 per label over sentences, and over documents (positive when any of their sentences is).")
        {
            gold, minF1, report, dump, dataRoot,
        };
        command.SetAction(r => Run(r.GetValue(gold)!, r.GetValue(minF1) ?? [], r.GetValue(report), r.GetValue(dump), r.GetValue(dataRoot), Out));
        return command;
    }

    /// <summary>Runs the evaluation and prints the report; returns the exit code.</summary>
    /// <exception cref="DataFileException">When a data file of the pipeline is missing or malformed (the shell exits 3).</exception>
    public static int Run(FileInfo gold, IReadOnlyList<string> floors, FileInfo? report, FileInfo? dump, DirectoryInfo? dataRoot, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(floors);
        ArgumentNullException.ThrowIfNull(console);
        var parsed = new List<(IpeLabel Label, double Min)>();
        foreach (var f in floors)
        {
            if (!TryParseFloor(f, out var floor))
            {
                console.MarkupLineInterpolated($"[red]error:[/] --min-f1 '{f}' is not LABEL=VALUE with LABEL one of KILL ARREST FORCE ANY_ACTION (FAIL is not predicted) and VALUE in 0..1.");
                return EvalExit.BadInput;
            }

            parsed.Add(floor);
        }

        if (!gold.Exists)
        {
            console.MarkupLineInterpolated($"[red]error:[/] gold file '{gold.FullName}' does not exist.");
            return EvalExit.BadInput;
        }

        try
        {
            var articles = IpeGoldReader.Read(gold.FullName);
            var catalog = dataRoot is null ? DataCatalog.Discover() : new DataCatalog(dataRoot.FullName);
            var pipeline = SitrepPipelines.CreateDefault(catalog);
            var inputs = articles.Select(a => new Document(a.Id, a.Text, new DocumentMetadata { Date = a.Date, Title = a.Title })).ToList();
            var (documents, failures) = EvalPipelineRun.Analyse(pipeline, inputs);
            var outcomes = articles.Select((a, i) => IpeEvaluator.Analyse(a, documents[i])).ToList();
            var result = IpeEvaluator.Score(outcomes);
            foreach (var (id, error) in failures)
            {
                console.MarkupLineInterpolated($"[yellow]warning:[/] {id}: analysis failed, scored as no event ({error})");
            }

            Print(console, gold.Name, result);
            if (report is not null)
            {
                EvalJson.WriteReport(report, result);
            }

            if (dump is not null)
            {
                var lines = outcomes.SelectMany((o, i) => o.Sentences
                    .Where(s => s.Sentence.Labels.Length > 0 || s.Predicted.Length > 0 || s.Events.Length > 0)
                    .Select(s => (Article: o.Id, Outcome: s, Document: documents[i])));
                EvalJson.WriteLines(dump, lines, (w, x) => WriteDump(w, x.Article, x.Outcome, x.Document));
            }

            var failed = false;
            foreach (var (label, min) in parsed)
            {
                var f1 = result.SentenceScores.Single(s => s.Label == label).F1;
                var ok = f1 >= min;
                failed |= !ok;
                console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(ok ? "[green]ok[/]" : "[red]FAIL[/]")} {IpeGoldReader.Label(label)} sentence F1 {f1:0.000} {(ok ? ">=" : "<")} {min:0.000}"));
            }

            return failed ? EvalExit.BelowBar : EvalExit.Passed;
        }
        catch (Exception ex) when (ex is FormatException or DirectoryNotFoundException or IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return EvalExit.BadInput;
        }
    }

    /// <summary>Parses <c>LABEL=VALUE</c> with a predicted label and a value in 0..1.</summary>
    internal static bool TryParseFloor(string text, out (IpeLabel Label, double Min) floor)
    {
        floor = default;
        var parts = text.Split('=', 2);
        if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var min) || min is < 0 or > 1)
        {
            return false;
        }

        IpeLabel label;
        try
        {
            label = IpeGoldReader.ParseLabel(parts[0].Trim().ToUpperInvariant());
        }
        catch (FormatException)
        {
            return false;
        }

        floor = (label, min);
        return IpeEvaluator.IsPredicted(label);
    }

    private static void Print(IAnsiConsole console, string name, IpeEvalReport report)
    {
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"IndiaPoliceEvents on {name}: {report.Articles} articles, {report.Sentences} sentences; {report.Events} events, {report.PoliceEvents} with a police source, {report.EventsOutsideSentences} outside every gold sentence")));
        console.Write(Table($"Sentences ({report.Sentences})", report.SentenceScores));
        console.Write(Table($"Documents ({report.Articles}; positive when any sentence is)", report.DocumentScores));
    }

    private static Table Table(string title, ImmutableArray<IpeLabelScore> scores)
    {
        var table = new Table().Title(Markup.Escape(title));
        foreach (var h in new[] { "label", "gold", "predicted", "TP", "P", "R", "F1" })
        {
            table.AddColumn(h);
        }

        foreach (var s in scores)
        {
            var gold = s.Gold.ToString(CultureInfo.InvariantCulture);
            if (!s.IsPredicted)
            {
                table.AddRow(IpeGoldReader.Label(s.Label), gold, "not predicted", "-", "-", "-", "-");
                continue;
            }

            table.AddRow(
                IpeGoldReader.Label(s.Label), gold, s.Predicted.ToString(CultureInfo.InvariantCulture), s.TruePositives.ToString(CultureInfo.InvariantCulture),
                F(s.Precision), F(s.Recall), F(s.F1));
        }

        return table;
    }

    private static void WriteDump(Utf8JsonWriter writer, string article, IpeSentenceOutcome outcome, Document doc)
    {
        writer.WriteStartObject();
        writer.WriteString("id", article);
        writer.WriteNumber("sent_id", outcome.Sentence.SentId);
        writer.WriteNumber("start", outcome.Sentence.Span.Start);
        writer.WriteNumber("end", outcome.Sentence.Span.End);
        Labels(writer, "gold", outcome.Sentence.Labels);
        Labels(writer, "predicted", outcome.Predicted);
        writer.WriteString("text", doc.TextOf(outcome.Sentence.Span));
        writer.WriteStartArray("events");
        foreach (var e in outcome.Events)
        {
            EvalJson.WriteEvent(writer, doc, e);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Labels(Utf8JsonWriter writer, string name, ImmutableArray<IpeLabel> labels)
    {
        writer.WriteStartArray(name);
        foreach (var l in labels)
        {
            writer.WriteStringValue(IpeGoldReader.Label(l));
        }

        writer.WriteEndArray();
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
