using System.CommandLine;
using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Evaluation;
using Sitrep.Text;
using Spectre.Console;

namespace Sitrep.Cli.Commands.Eval;

/// <summary>
/// <c>sitrep eval ner --gold FILE [--min-f1 TYPE=VALUE]… [--case asis|lower|upper] [--corpus DIR]</c>: scores entity recognition on
/// re3d-style gold (issue 2 point 9) and prints per-type precision, recall and F1 with the micro average; with
/// <c>--case lower</c> or <c>upper</c> each text is lower-cased or upper-cased first, to measure casing robustness
/// (issue 8 point 4). Exit code 0 when every floor is met, 1 when a floor is missed, 2 on bad arguments or input.
/// </summary>
internal static class EvalNerCommand
{
    private static IAnsiConsole Out => EvalExit.Console;

    /// <summary>Exit code when a <c>--min-f1</c> floor is missed.</summary>
    public const int FloorMissed = EvalExit.BelowBar;

    /// <summary>Exit code for bad arguments or an unreadable gold file.</summary>
    public const int BadInput = EvalExit.BadInput;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold JSONL file: {id,text,entities:[{start,end,type,text}]} per line.", Required = true };
        var minF1 = new Option<string[]>("--min-f1") { Description = "Floor on a type's F1, as TYPE=VALUE (PERSON=0.75); repeatable. A missed floor exits 1." };
        var dataRoot = new Option<DirectoryInfo?>("--data-root") { Description = "Sitrep checkout holding data/ and node_modules/ (default: found from the current directory)." };
        var textCase = new Option<string>("--case")
        {
            Description = "Letter case given to each gold text before the pipeline runs: asis (default), lower or upper (casing robustness; gold offsets are unchanged).",
            DefaultValueFactory = _ => TextCases.Names[0],
        };
        textCase.AcceptOnlyFromAmong([.. TextCases.Names]);
        var corpus = new Option<DirectoryInfo?>("--corpus") { Description = $"Folder of the news corpus that gold lines with corpus/record point into (default: {CaseCorpus.DefaultFolder} from the current directory)." };
        var errors = new Option<bool>("--errors") { Description = "Also list every unmatched mention (false positives and negatives per type, with the text around it and the confused type)." };
        var command = new Command("ner", "Score entity recognition against gold mentions (overlap match, per-type P/R/F1).") { gold, minF1, dataRoot, textCase, corpus, errors };
        command.SetAction(result => Run(result.GetValue(gold)!, result.GetValue(minF1) ?? [], result.GetValue(dataRoot), Out, result.GetValue(textCase), result.GetValue(corpus), result.GetValue(errors)));
        return command;
    }

    /// <summary>Runs the evaluation and prints the report; returns the exit code.</summary>
    /// <param name="gold">The gold file.</param>
    /// <param name="floors">Floors as <c>TYPE=VALUE</c>.</param>
    /// <param name="dataRoot">The Sitrep checkout, or null to find it.</param>
    /// <param name="console">Where the report goes.</param>
    /// <param name="textCase"><c>asis</c> (or null), <c>lower</c> or <c>upper</c>.</param>
    /// <param name="corpus">The corpus folder for gold lines that point into one (our own sample), or null for <see cref="CaseCorpus.DefaultFolder"/>.</param>
    /// <param name="listErrors">Also list the unmatched mentions of the text as written (error analysis, issue 9 point 8).</param>
    public static int Run(FileInfo gold, IReadOnlyList<string> floors, DirectoryInfo? dataRoot, IAnsiConsole console, string? textCase = null, DirectoryInfo? corpus = null, bool listErrors = false)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(floors);
        ArgumentNullException.ThrowIfNull(console);
        if (!TextCases.TryParse(textCase ?? TextCases.Names[0], out var letterCase))
        {
            console.MarkupLineInterpolated($"[red]error:[/] --case '{textCase}' is not one of {string.Join(", ", TextCases.Names)}.");
            return BadInput;
        }

        var parsed = new List<(EntityType Type, double Min)>();
        foreach (var f in floors)
        {
            var parts = f.Split('=', 2);
            if (parts.Length != 2 || !NerEvaluator.TryParseLabel(parts[0].Trim(), out var type)
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var min) || min is < 0 or > 1)
            {
                console.MarkupLineInterpolated($"[red]error:[/] --min-f1 '{f}' is not TYPE=VALUE with TYPE one of PERSON ORG PLACE NATIONALITY EQUIPMENT and VALUE in 0..1.");
                return BadInput;
            }

            parsed.Add((type, min));
        }

        if (!gold.Exists)
        {
            console.MarkupLineInterpolated($"[red]error:[/] gold file '{gold.FullName}' does not exist.");
            return BadInput;
        }

        try
        {
            var catalog = dataRoot is null ? DataCatalog.Discover() : new DataCatalog(dataRoot.FullName);
            var pipeline = SitrepPipelines.CreateDefault(catalog);
            var docs = NerGoldReader.Read(gold.FullName, new CaseCorpus(corpus?.FullName ?? CaseCorpus.DefaultFolder));
            var scores = NerEvaluator.Evaluate(pipeline, docs, letterCase);
            Print(console, letterCase == TextCase.AsIs ? gold.Name : $"{gold.Name}, {TextCases.Names[(int)letterCase]} case", docs.Length, scores);
            if (listErrors)
            {
                foreach (var e in NerEvaluator.Errors(pipeline, docs))
                {
                    var other = e.OtherType is { } o ? $" (as {NerEvaluator.Label(o)})" : string.Empty;
                    console.Profile.Out.Writer.WriteLine($"{(e.FalsePositive ? "FP" : "FN")} {NerEvaluator.Label(e.Type)}{other} {e.DocumentId} \"{e.Text}\" | {e.Context}");
                }
            }

            var failed = false;
            foreach (var (type, min) in parsed)
            {
                var f1 = scores.First(s => s.Type == type).F1;
                if (f1 < min)
                {
                    failed = true;
                    console.MarkupLineInterpolated($"[red]FAIL[/] {NerEvaluator.Label(type)} F1 {f1:0.000} < {min:0.000}");
                }
                else
                {
                    console.MarkupLineInterpolated($"[green]ok[/] {NerEvaluator.Label(type)} F1 {f1:0.000} >= {min:0.000}");
                }
            }

            return failed ? FloorMissed : 0;
        }
        catch (Exception ex) when (ex is FormatException or DataFileException or DirectoryNotFoundException or IOException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return BadInput;
        }
    }

    private static void Print(IAnsiConsole console, string name, int documents, IEnumerable<NerTypeScore> scores)
    {
        var table = new Table().Title($"NER on {Markup.Escape(name)} ({documents} documents, overlap match)");
        foreach (var h in new[] { "type", "TP", "FP", "FN", "P", "R", "F1" })
        {
            table.AddColumn(h);
        }

        foreach (var s in scores)
        {
            table.AddRow(
                s.Label,
                s.TruePositives.ToString(CultureInfo.InvariantCulture),
                s.FalsePositives.ToString(CultureInfo.InvariantCulture),
                s.FalseNegatives.ToString(CultureInfo.InvariantCulture),
                s.Precision.ToString("0.000", CultureInfo.InvariantCulture),
                s.Recall.ToString("0.000", CultureInfo.InvariantCulture),
                s.F1.ToString("0.000", CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }
}
