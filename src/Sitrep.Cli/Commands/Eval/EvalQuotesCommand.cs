using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Quotes;
using Sitrep.Text;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Evaluation;
using Spectre.Console;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval quotes --gold FILE</c>: quote span overlap precision, recall and F1, and speaker accuracy on matched quotes.</summary>
internal static class EvalQuotesCommand
{
    private static IAnsiConsole Out => EvalExit.Console;

    /// <summary>Exit code when the input cannot be read.</summary>
    public const int BadInput = EvalExit.BadInput;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold")
        {
            Description = "Quote gold JSONL: {id, date, text, quotes:[{start, end, kind, speaker, anonymous, …}]} per line.",
            Required = true,
        };
        var corpus = new Option<DirectoryInfo?>("--corpus")
        {
            Description = $"Folder of the news corpus that gold lines with corpus/record point into (default: {CaseCorpus.DefaultFolder} from the current directory).",
        };
        var command = new Command("quotes", "Score quote extraction (span overlap P/R/F1, speaker accuracy) against a gold JSONL.") { gold, corpus };
        command.SetAction(r => Run(r.GetValue(gold)!, r.GetValue(corpus)));
        return command;
    }

    private static int Run(FileInfo goldFile, DirectoryInfo? corpus)
    {
        if (!goldFile.Exists)
        {
            Out.MarkupLineInterpolated($"[red]error:[/] {goldFile.FullName} does not exist.");
            return BadInput;
        }

        System.Collections.Immutable.ImmutableArray<QuoteGoldRecord> records;
        try
        {
            records = QuoteGoldRecord.ReadAll(goldFile.FullName, new CaseCorpus(corpus?.FullName ?? CaseCorpus.DefaultFolder));
        }
        catch (JsonException ex)
        {
            Out.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return BadInput;
        }

        var catalog = DataCatalog.Discover();
        var pipeline = SitrepPipelines.CreateDefault(catalog);
        var r = QuoteEvaluator.Evaluate(records, d => pipeline.Process(d));
        var table = new Table().AddColumns("Measure", "Value");
        table.AddRow("articles", r.Documents.ToString(CultureInfo.InvariantCulture));
        table.AddRow("gold / predicted / matched quotes", $"{r.Gold} / {r.Predicted} / {r.Matched}");
        table.AddRow("precision (span overlap)", F(r.Precision));
        table.AddRow("recall (span overlap)", F(r.Recall));
        table.AddRow("F1", F(r.F1));
        table.AddRow("recall, direct", $"{F(r.DirectRecall)} ({r.MatchedDirect}/{r.GoldDirect})");
        table.AddRow("recall, indirect", $"{F(r.IndirectRecall)} ({r.MatchedIndirect}/{r.GoldIndirect})");
        foreach (var f in r.ByForm ?? [])
        {
            table.AddRow($"recall, form {f.Form}", $"{F(f.Recall)} ({f.Matched}/{f.Gold})");
        }

        table.AddRow("speaker accuracy (matched; same or contained name)", F(r.SpeakerAccuracy));
        table.AddRow("speaker accuracy (matched; same name)", F(r.SpeakerExactAccuracy));
        table.AddRow("kind accuracy (matched)", r.Matched == 0 ? "-" : F((double)r.KindCorrect / r.Matched));
        Out.Write(table);
        return 0;
    }

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
