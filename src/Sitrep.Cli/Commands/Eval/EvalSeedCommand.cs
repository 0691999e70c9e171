using System.CommandLine;
using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Quotes;
using Sitrep.Text;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Evaluation;
using Spectre.Console;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval seed --gold FILE</c>: scores the reference article against its gold; non-zero exit when a bar of issue 2 fails.</summary>
internal static class EvalSeedCommand
{
    private static IAnsiConsole Out => EvalExit.Console;

    /// <summary>Exit code when every bar passes.</summary>
    public const int Passed = EvalExit.Passed;

    /// <summary>Exit code when a bar fails.</summary>
    public const int BarFailed = EvalExit.BelowBar;

    /// <summary>Exit code when the input cannot be read.</summary>
    public const int BadInput = EvalExit.BadInput;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold")
        {
            Description = "The article's gold annotation (*.gold.json); the article is the .txt file beside it.",
            Required = true,
        };
        var article = new Option<FileInfo?>("--text") { Description = "The article text, when it is not beside the gold file." };
        var command = new Command("seed", "Score the reference article (quotes, people with roles, metadata) against its gold; exit 1 when a bar fails.")
        {
            gold,
            article,
        };
        command.SetAction(r => Run(r.GetValue(gold)!, r.GetValue(article)));
        return command;
    }

    private static int Run(FileInfo goldFile, FileInfo? articleFile)
    {
        articleFile ??= new FileInfo(Path.Combine(goldFile.DirectoryName ?? ".", goldFile.Name.Replace(".gold.json", ".txt", StringComparison.Ordinal)));
        if (!goldFile.Exists || !articleFile.Exists)
        {
            Out.MarkupLineInterpolated($"[red]error:[/] {(goldFile.Exists ? articleFile.FullName : goldFile.FullName)} does not exist.");
            return BadInput;
        }

        SeedGold gold;
        try
        {
            gold = SeedGold.Parse(File.ReadAllText(goldFile.FullName));
        }
        catch (JsonException ex)
        {
            Out.MarkupLineInterpolated($"[red]error:[/] {goldFile.FullName}: {ex.Message}");
            return BadInput;
        }

        var catalog = DataCatalog.Discover();
        var pipeline = SitrepPipelines.CreateDefault(catalog);
        var id = Path.GetFileNameWithoutExtension(articleFile.Name);
        var document = pipeline.Process(new Document(id, File.ReadAllText(articleFile.FullName)));
        var report = SeedEvaluator.Evaluate(document, gold);

        var table = new Table().AddColumns("Area", "Item", "Expected", "Found", "");
        foreach (var c in report.Checks)
        {
            table.AddRow(
                Markup.Escape(c.Area),
                Markup.Escape(c.Item),
                Markup.Escape(c.Expected),
                Markup.Escape(c.Actual),
                c.Pass ? "[green]ok[/]" : "[red]FAIL[/]");
        }

        Out.Write(table);
        foreach (var area in new[] { "quote", "person", "metadata", "place" })
        {
            var (passed, total) = report.Score(area);
            Out.MarkupLineInterpolated($"{area}: {passed}/{total}");
        }

        foreach (var extra in report.ExtraQuotes)
        {
            Out.MarkupLineInterpolated($"[grey]extra quote (not in gold):[/] {extra}");
        }

        Out.MarkupLine(report.Pass ? "[green]all bars pass[/]" : "[red]a bar of issue 2 fails[/]");
        return report.Pass ? Passed : BarFailed;
    }
}
