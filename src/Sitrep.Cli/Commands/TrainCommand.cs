using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Extraction.Syntax;
using Sitrep.Text.Syntax;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train --treebank DIR --out DIR [--iterations N] [--report-dev]</c>: trains the part-of-speech tagger and
/// dependency parser on a UD treebank folder (its <c>*-ud-train.conllu</c>; <c>*-ud-dev.conllu</c> for per-pass
/// scores) and writes <c>syntax-en-ewt.bin</c> into the output folder (issue 3 point 5). Exit 0 on success, 2 on bad input.
/// </summary>
internal static class TrainCommand
{
    private static readonly IAnsiConsole Out = ConsoleFactory.Create(Console.Out, !Console.IsOutputRedirected);

    /// <summary>Exit code for bad arguments or an unreadable treebank.</summary>
    public const int BadInput = 2;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var treebank = new Option<DirectoryInfo>("--treebank") { Description = "UD treebank folder holding *-ud-train.conllu (e.g. ../shared/data/ud-english-ewt).", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write syntax-en-ewt.bin into (data/models to replace the shipped model).", Required = true };
        var iterations = new Option<int>("--iterations") { Description = "Training passes.", DefaultValueFactory = _ => SyntaxTrainingOptions.DefaultIterations };
        var reportDev = new Option<bool>("--report-dev") { Description = "Score the dev file after every pass (slower)." };
        treebank.Required = false;
        output.Required = false;
        var command = new Command("train", "Train the POS tagger and dependency parser on a Universal Dependencies treebank (--treebank, --out), or the ACLED typer (train acled).") { treebank, output, iterations, reportDev };
        command.Subcommands.Add(TrainAcledCommand.Create());
        command.Validators.Add(r =>
        {
            if (r.GetResult(treebank) is null || r.GetResult(output) is null)
            {
                r.AddError("train needs --treebank DIR and --out DIR (or use 'sitrep train acled').");
            }
        });
        command.SetAction(r => Run(r.GetValue(treebank)!, r.GetValue(output)!, r.GetValue(iterations), r.GetValue(reportDev), Out));
        return command;
    }

    /// <summary>Trains and writes the model; returns the exit code.</summary>
    public static int Run(DirectoryInfo treebank, DirectoryInfo output, int iterations, bool reportDev, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(treebank);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(console);
        if (iterations < 1)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --iterations must be at least 1, got {iterations}.");
            return BadInput;
        }

        var train = treebank.Exists ? treebank.GetFiles("*-ud-train.conllu").FirstOrDefault() : null;
        if (train is null)
        {
            console.MarkupLineInterpolated($"[red]error:[/] '{treebank.FullName}' has no *-ud-train.conllu file. Pass the UD treebank folder.");
            return BadInput;
        }

        try
        {
            var clock = Stopwatch.StartNew();
            var sentences = ConlluReader.Read(train.FullName, File.ReadLines(train.FullName)).ToList();
            var devFile = reportDev ? treebank.GetFiles("*-ud-dev.conllu").FirstOrDefault() : null;
            var dev = devFile is null ? null : ConlluReader.Read(devFile.FullName, File.ReadLines(devFile.FullName)).ToList();
            var model = SyntaxTrainer.Train(sentences, new SyntaxTrainingOptions(iterations), dev, line => console.WriteLine(line));
            output.Create();
            var path = Path.Combine(output.FullName, Path.GetFileName(SyntaxCatalogExtensions.DefaultModel));
            using (var stream = File.Create(path))
            {
                model.Save(stream);
            }

            var size = new FileInfo(path).Length / 1e6;
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({size:0.00} MB) in {clock.Elapsed.TotalSeconds:0.0}s: {model.Description}"));
            return 0;
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return BadInput;
        }
    }
}
