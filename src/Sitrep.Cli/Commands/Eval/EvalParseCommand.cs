using System.CommandLine;
using System.Globalization;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Syntax;
using Sitrep.Text.Syntax;
using Spectre.Console;

namespace Sitrep.Cli.Commands.Eval;

/// <summary>
/// <c>sitrep eval parse --gold FILE.conllu [--model FILE]</c>: tags and parses gold-tokenised sentences and reports
/// UPOS and XPOS accuracy, UAS, LAS (punctuation included) and sentences per second on one thread (issue 3 point 5).
/// Exit 0, or 2 on bad input.
/// </summary>
internal static class EvalParseCommand
{
    private static readonly IAnsiConsole Out = ConsoleFactory.Create(Console.Out, !Console.IsOutputRedirected);

    /// <summary>Exit code for bad arguments or unreadable input.</summary>
    public const int BadInput = EvalExit.BadInput;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold CoNLL-U file (e.g. ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu).", Required = true };
        var model = new Option<FileInfo?>("--model") { Description = "Model file (default: data/models/syntax-en-ewt.bin of the Sitrep checkout)." };
        var dataRoot = new Option<DirectoryInfo?>("--data-root") { Description = "Sitrep checkout holding data/ (default: found from the current directory)." };
        var command = new Command("parse", "Score the POS tagger and dependency parser on gold CoNLL-U (UPOS, XPOS, UAS, LAS, speed).") { gold, model, dataRoot };
        command.SetAction(r => Run(r.GetValue(gold)!, r.GetValue(model), r.GetValue(dataRoot), Out));
        return command;
    }

    /// <summary>Runs the evaluation and prints the report; returns the exit code.</summary>
    public static int Run(FileInfo gold, FileInfo? model, DirectoryInfo? dataRoot, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(console);
        if (!gold.Exists)
        {
            console.MarkupLineInterpolated($"[red]error:[/] gold file '{gold.FullName}' does not exist.");
            return BadInput;
        }

        try
        {
            var syntax = model is not null
                ? SyntaxCatalogExtensions.LoadFile(model.FullName)
                : (dataRoot is null ? DataCatalog.Discover() : new DataCatalog(dataRoot.FullName)).SyntaxModel();
            var sentences = ConlluReader.Read(gold.FullName, File.ReadLines(gold.FullName)).ToList();
            var s = SyntaxEvaluator.Evaluate(syntax, sentences);
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{gold.Name}: {s.Sentences} sentences, {s.Words} words (gold tokenisation, punctuation included)"));
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UPOS {s.UPosAccuracy:0.0000}  XPOS {s.XPosAccuracy:0.0000}  UAS {s.Uas:0.0000}  LAS {s.Las:0.0000}"));
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed {s.SentencesPerSecond:0} sentences/s tag+parse on one thread ({s.Elapsed.TotalSeconds:0.00}s)"));
            return 0;
        }
        catch (Exception ex) when (ex is FormatException or DataFileException or DirectoryNotFoundException or IOException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return BadInput;
        }
    }
}
