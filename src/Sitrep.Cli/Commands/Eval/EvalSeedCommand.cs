using System.Collections.Immutable;
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

/// <summary>
/// <c>sitrep eval seed --gold FILE [--case asis|lower|upper]</c>: scores the reference article against its gold; non-zero
/// exit when a bar of issue 2 fails. With <c>--case lower</c> or <c>upper</c> the article is lower-cased or upper-cased
/// first (issue 8 point 4): people, places and events then measure casing robustness, while the metadata bars (credits,
/// headings, noise lines) are written for the article as published.
/// </summary>
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
        var minEvents = new Option<int>("--min-events")
        {
            Description = "Fewest gold events that must be found with an acceptable code, source and target (issue 3 bar: 10 of 12).",
            DefaultValueFactory = _ => 10,
        };
        var textCase = new Option<string>("--case")
        {
            Description = "Letter case given to the article before the pipeline runs: asis (default), lower or upper (casing robustness).",
            DefaultValueFactory = _ => TextCases.Names[0],
        };
        textCase.AcceptOnlyFromAmong([.. TextCases.Names]);
        var command = new Command("seed", "Score the reference article (quotes, people with roles, metadata, places, events and their places) against its gold; exit 1 when a bar fails.")
        {
            gold,
            article,
            minEvents,
            textCase,
        };
        command.SetAction(r => Run(r.GetValue(gold)!, r.GetValue(article), r.GetValue(minEvents), r.GetValue(textCase)));
        return command;
    }

    private static int Run(FileInfo goldFile, FileInfo? articleFile, int minEvents, string? caseName)
    {
        if (!TextCases.TryParse(caseName ?? TextCases.Names[0], out var textCase))
        {
            Out.MarkupLineInterpolated($"[red]error:[/] --case '{caseName}' is not one of {string.Join(", ", TextCases.Names)}.");
            return BadInput;
        }

        articleFile ??= new FileInfo(Path.Combine(goldFile.DirectoryName ?? ".", goldFile.Name.Replace(".gold.json", ".txt", StringComparison.Ordinal)));
        if (!goldFile.Exists || !articleFile.Exists)
        {
            Out.MarkupLineInterpolated($"[red]error:[/] {(goldFile.Exists ? articleFile.FullName : goldFile.FullName)} does not exist.");
            return BadInput;
        }

        SeedGold gold;
        ImmutableArray<SeedGoldEvent> goldEvents;
        try
        {
            var json = File.ReadAllText(goldFile.FullName);
            gold = SeedGold.Parse(json);
            goldEvents = SeedGoldEvent.ParseAll(json);
        }
        catch (JsonException ex)
        {
            Out.MarkupLineInterpolated($"[red]error:[/] {goldFile.FullName}: {ex.Message}");
            return BadInput;
        }

        var catalog = DataCatalog.Discover();
        var pipeline = SitrepPipelines.CreateDefault(catalog);
        var id = Path.GetFileNameWithoutExtension(articleFile.Name);
        var document = pipeline.Process(new Document(id, TextCases.Apply(File.ReadAllText(articleFile.FullName), textCase)));
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

        var events = SeedEventEvaluator.Evaluate(document, goldEvents);
        var eventsFound = WriteEvents(document, events);
        var eventsPass = eventsFound >= Math.Min(minEvents, events.Length);
        Out.MarkupLineInterpolated($"events: {eventsFound}/{events.Length} (bar {Math.Min(minEvents, events.Length)}), {document.Events.Length} coded");
        var placed = events.Count(m => m.PlaceAgrees == true);
        var withPlace = events.Count(m => m.PlaceAgrees is not null);
        Out.MarkupLineInterpolated($"event places: {placed}/{withPlace} (bar: all)");
        if (textCase != TextCase.AsIs)
        {
            Out.MarkupLineInterpolated($"[grey]article in {TextCases.Names[(int)textCase]} case: the metadata bars (credits, headings, noise lines) are written for it as published.[/]");
        }

        var pass = report.Pass && eventsPass && placed == withPlace;
        Out.MarkupLine(pass ? "[green]all bars pass[/]" : "[red]a bar fails[/]");
        return pass ? Passed : BarFailed;
    }

    private static int WriteEvents(Document document, ImmutableArray<SeedEventMatch> matches)
    {
        var table = new Table().AddColumns("Gold", "Expected", "Found", "Date", "Place", "");
        foreach (var m in matches)
        {
            var shown = m.Found ?? m.Nearest;
            table.AddRow(
                Markup.Escape($"{m.Gold.Id} {Shorten(m.Gold.Evidence)}"),
                Markup.Escape($"{string.Join('|', m.Gold.Sources)} -> {(m.Gold.Targets.IsEmpty ? "-" : string.Join('|', m.Gold.Targets))} [{string.Join(' ', m.Gold.Codes)}]"),
                Markup.Escape(shown is null ? "-" : $"{shown.Source?.Code.Value ?? "-"} -> {shown.Target?.Code.Value ?? "-"} [{shown.Code}]"),
                Markup.Escape(m.Found?.Date?.ToString() ?? string.Empty) + (m.DateAgrees == false ? $" [red](gold {Markup.Escape(m.Gold.When ?? string.Empty)})[/]" : string.Empty),
                Markup.Escape(shown?.Place?.Place.Text ?? string.Empty) + (m.PlaceAgrees == false ? $" [red](gold {Markup.Escape(m.Gold.Where ?? string.Empty)})[/]" : string.Empty),
                m.Found is not null ? "[green]ok[/]" : "[red]FAIL[/]");
        }

        Out.Write(table);
        foreach (var e in document.Events.Where(e => !matches.Any(m => ReferenceEquals(m.Found, e))))
        {
            Out.MarkupLineInterpolated($"[grey]other event:[/] {e.Source?.Code.Value ?? "-"} -> {e.Target?.Code.Value ?? "-"} [[{e.Code}]] {Shorten(document.TextOf(e.Evidence))}");
        }

        return matches.Count(m => m.Found is not null);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
