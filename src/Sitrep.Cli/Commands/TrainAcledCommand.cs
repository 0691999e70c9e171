using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Cli.Commands.Eval;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Evaluation;
using Sitrep.Extraction.Events.Acled;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train acled --gold FILE… [--folds K] [--out FILE]</c> (issue 8 point 6): runs the default pipeline with the
/// ACLED typer's rules alone over labelled records (CASE 2021 snippet lines: <c>id</c>, <c>text</c>, <c>label</c>),
/// trains the typer's logistic regression on the coded events, reports K-fold cross-validated CASE scores (folds by a
/// hash of the record id) and writes the model trained on everything to <c>data/models/acled-typer.txt</c>. The scores
/// are over the records of the first <c>--gold</c> file only; the records of the other files (e.g. our own event
/// descriptions, <c>data/training/acled-descriptions.jsonl</c>) are in the training part of every fold and never scored.
/// </summary>
internal static class TrainAcledCommand
{
    private static readonly IAnsiConsole Out = ConsoleFactory.Create(Console.Out, !Console.IsOutputRedirected);

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var gold = new Option<FileInfo[]>("--gold") { Description = "Labelled records (JSONL: id, text, label as a CASE 2021 label), e.g. ../shared/data/news-corpus/case2021-task2-dev.jsonl. Repeatable.", Required = true, AllowMultipleArgumentsPerToken = true };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds to report (0: none).", DefaultValueFactory = _ => 5 };
        var output = new Option<FileInfo?>("--out") { Description = "Where to write the model (default: data/models/acled-typer.txt of this checkout)." };
        var epochs = new Option<int>("--epochs") { Description = "Training passes.", DefaultValueFactory = _ => new AcledTrainerOptions().Epochs };
        var l2 = new Option<double>("--l2") { Description = "L2 regularisation per step.", DefaultValueFactory = _ => new AcledTrainerOptions().L2 };
        var rate = new Option<double>("--rate") { Description = "AdaGrad base step.", DefaultValueFactory = _ => new AcledTrainerOptions().LearningRate };
        var seed = new Option<int>("--seed") { Description = "Seed of the training example order (to see how much the scores move with it).", DefaultValueFactory = _ => new AcledTrainerOptions().Seed };
        var extraWeight = new Option<double>("--extra-weight") { Description = "Weight of each record of the second and later --gold files against one of the first (our descriptions against CASE snippets).", DefaultValueFactory = _ => 0.3 };
        var orders = new Option<int>("--orders") { Description = "Runs over differently seeded example orders, their weights averaged.", DefaultValueFactory = _ => new AcledTrainerOptions().Orders };
        var minCount = new Option<int>("--min-count") { Description = "Fewest records a word feature must occur in.", DefaultValueFactory = _ => new AcledTrainerOptions().MinCount };
        var dump = new Option<FileInfo?>("--dump") { Description = "Write each record's cross-validated prediction (JSONL: id, gold, predicted, evidence, rule)." };
        var corpus = new Option<DirectoryInfo?>("--corpus") { Description = $"Folder of the news corpus that gold lines with corpus/record/start/end point into (default: {CaseCorpus.DefaultFolder} from the current directory)." };
        var minWeightedF1 = new Option<double?>("--min-cv-weighted-f1") { Description = "Floor: exit 1 when the cross-validated weighted F1 over the 27 conflict and political labels is below it (CI)." };
        var dataRoot = CommonOptions.DataRoot();
        var command = new Command("acled", "Train the ACLED event typer (CASE 2021 labels) and report cross-validated scores over the first --gold file's records.") { gold, folds, output, epochs, l2, rate, minCount, seed, orders, extraWeight, dump, corpus, minWeightedF1, dataRoot };
        command.SetAction(r => Run(Out, r.GetValue(dataRoot), r.GetValue(gold)!, r.GetValue(folds), r.GetValue(output), r.GetValue(dump), new AcledTrainerOptions { Epochs = r.GetValue(epochs), L2 = r.GetValue(l2), LearningRate = r.GetValue(rate), MinCount = r.GetValue(minCount), Seed = r.GetValue(seed), Orders = r.GetValue(orders) }, r.GetValue(corpus), r.GetValue(minWeightedF1), r.GetValue(extraWeight)));
        return command;
    }

    /// <summary>Trains, reports and writes the model; returns the exit code.</summary>
    /// <param name="console">Where the report goes.</param>
    /// <param name="dataRoot">The checkout holding data/, or null to discover it.</param>
    /// <param name="goldFiles">The labelled records; cross-validation scores the first file's records only.</param>
    /// <param name="folds">Cross-validation folds (0: none).</param>
    /// <param name="output">Where to write the model, or null for the checkout's <c>data/models/acled-typer.txt</c>.</param>
    /// <param name="dump">Where to write each scored record's cross-validated prediction, or null.</param>
    /// <param name="options">Training settings.</param>
    /// <param name="corpus">The corpus folder for gold lines that point into one, or null for <see cref="CaseCorpus.DefaultFolder"/>.</param>
    /// <param name="minWeightedF1">A floor on the cross-validated conflict-27 weighted F1, or null.</param>
    /// <param name="extraWeight">The weight of a record of the second and later files against one of the first.</param>
    public static int Run(IAnsiConsole console, string? dataRoot, FileInfo[] goldFiles, int folds, FileInfo? output, FileInfo? dump, AcledTrainerOptions options, DirectoryInfo? corpus = null, double? minWeightedF1 = null, double extraWeight = 0.3)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(goldFiles);
        ArgumentNullException.ThrowIfNull(options);
        if (folds is 1 or < 0)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --folds must be 0 or at least 2, got {folds}.");
            return TrainCommand.BadInput;
        }

        var snippets = new List<CaseGoldSnippet>();
        var resolver = new CaseCorpus(corpus?.FullName ?? CaseCorpus.DefaultFolder);
        var firstFileCount = -1;
        foreach (var file in goldFiles)
        {
            try
            {
                var read = CaseGoldReader.Read(file.FullName, resolver);
                if (read.Count(s => s.Label == CaseLabel.None) is var none and > 0)
                {
                    console.MarkupLineInterpolated($"[red]error:[/] {file.FullName}: {none} records are labelled {CaseGoldReader.NoEventLabel}; the typer learns only the 30 CASE labels.");
                    return TrainCommand.BadInput;
                }

                snippets.AddRange(read);
                firstFileCount = firstFileCount < 0 ? read.Length : firstFileCount;
            }
            catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
            {
                console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return TrainCommand.BadInput;
            }
        }

        // Cross-validation scores the first file's records; the others only ever train (issue 8 point 6).
        bool Scored(int index) => index < firstFileCount;

        var clock = Stopwatch.StartNew();
        var catalog = dataRoot is null ? DataCatalog.Discover() : new DataCatalog(dataRoot);
        var typer = new AcledTyper(catalog.AcledResources(withModel: false));
        var pipeline = SitrepPipelines.CreateDefault(catalog, acledModel: false);
        var (documents, failures) = EvalPipelineRun.Analyse(pipeline, [.. snippets.Select(s => new Document(s.Id, s.Text))]);
        foreach (var (id, error) in failures)
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] {id}: {error}");
        }

        var labelled = documents.Select((d, i) => (Document: d, Gold: snippets[i].Label)).ToImmutableArray();
        var extra = snippets.Skip(firstFileCount).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        ImmutableArray<AcledExample> Examples(IEnumerable<(Document Document, CaseLabel Gold)> records) =>
            [.. AcledTraining.Examples(records, typer).Select(e => extra.Contains(e.Group) ? e with { Weight = e.Weight * extraWeight } : e)];
        string? belowFloor = null;
        if (folds > 0)
        {
            if (goldFiles.Length > 1)
            {
                console.WriteLine($"scoring the {firstFileCount} records of {goldFiles[0].Name}; the {snippets.Count - firstFileCount} records of the other --gold files train in every fold");
            }

            var outcomes = new List<CaseSnippetOutcome>();
            var typedEvents = new List<List<DocumentEvent>>();
            for (var k = 0; k < folds; k++)
            {
                var train = labelled.Where((x, i) => !Scored(i) || AcledTraining.FoldOf(x.Document.Id, folds) != k);
                var model = AcledTrainer.Train(Examples(train), options);
                var foldTyper = new AcledTyper(typer.Resources with { Model = model });
                foreach (var (document, i) in labelled.Select((x, i) => (x.Document, i)).Where(x => Scored(x.i) && AcledTraining.FoldOf(x.Document.Id, folds) == k))
                {
                    var retyped = AcledTraining.Retype(document, foldTyper);
                    outcomes.Add(CaseEvaluator.Analyse(snippets[i], retyped));
                    typedEvents.Add(retyped.Events.Where(e => e.Acled is not null).ToList());
                }
            }

            var rules = labelled.Select((x, i) => (x.Document, i)).Where(x => Scored(x.i)).Select(x => CaseEvaluator.Analyse(snippets[x.i], x.Document)).ToList();
            Report(console, "rules alone (no model)", CaseEvaluator.Score(rules));
            var cv = CaseEvaluator.Score(outcomes);
            Report(console, $"{folds}-fold cross-validated model", cv);
            if (minWeightedF1 is { } floor && cv.Conflict.WeightedF1 < floor)
            {
                belowFloor = string.Create(CultureInfo.InvariantCulture, $"FAIL cross-validated weighted F1 {cv.Conflict.WeightedF1:0.000} < floor {floor:0.000}");
            }
            if (dump is not null)
            {
                File.WriteAllLines(dump.FullName, outcomes.Select((o, n) => System.Text.Json.JsonSerializer.Serialize(new
                {
                    id = o.Snippet.Id,
                    gold = o.Snippet.Label.ToString(),
                    predicted = o.Predicted.ToString(),
                    text = o.Snippet.Text,
                    evidence = o.Chosen is { } e ? o.Snippet.Text[e.Evidence.Start..e.Evidence.End] : null,
                    source = o.Chosen?.Source?.Code.Value,
                    target = o.Chosen?.Target?.Code.Value,
                    code = o.Chosen?.Code.Value,
                    rule = o.Chosen?.Acled?.Rule,
                    events = typedEvents[n].Select(e => new { label = e.Acled!.CaseLabel.ToString(), confidence = e.Acled.Confidence, code = e.Code.Value, evidence = o.Snippet.Text[e.Evidence.Start..e.Evidence.End] }),
                })));
            }
        }

        var examples = Examples(labelled);
        var final = AcledTrainer.Train(examples, options);
        var path = output?.FullName ?? Path.Combine(catalog.Root, DataCatalog.DataFolder, AcledModel.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        final.Save(path, 1, "logistic regression over AcledFeatures (Sitrep.Extraction.Events.Acled), weights per feature and CASE 2021 label", [
            $"Trained by: sitrep train acled --gold {string.Join(" --gold ", goldFiles.Select(f => f.Name))} (epochs {options.Epochs}, AdaGrad rate {options.LearningRate}, L2 {options.L2}, min count {options.MinCount}, seed {options.Seed}, orders {options.Orders}, weight of records after the first file {extraWeight}).",
            $"Training data: {snippets.Count} labelled records, {examples.Length} coded events; only dev halves and our own annotations, never a held-out half.",
            "Columns: feature TAB LABEL:weight … (weights below 0.001 left out).",
        ]);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path}: {final.FeatureCount} features from {examples.Length} events of {snippets.Count} records in {clock.Elapsed.TotalSeconds:0.0}s"));
        if (belowFloor is not null)
        {
            console.WriteLine(belowFloor);
            return 1;
        }

        return 0;
    }

    private static void Report(IAnsiConsole console, string title, CaseEvalReport report)
    {
        var c = report.Conflict;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{title}: conflict-27 coverage {c.Coverage:0.000}, accuracy {c.Accuracy:0.000}, macro F1 {c.MacroF1:0.000}, weighted F1 {c.WeightedF1:0.000}; all-30 weighted F1 {report.All.WeightedF1:0.000}; acled-25 {report.Acled.WeightedF1:0.000}"));
    }
}
