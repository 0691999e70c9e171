using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Extraction;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Evaluation;
using Sitrep.Extraction.Gazetteers;
using Spectre.Console;

namespace Sitrep.Cli.Commands.Eval;

/// <summary>
/// <c>sitrep eval geo --gold FILE [--gazetteer FILE] [--min-recall X] [--min-exact X] [--min-within161 X] [--errors FILE]</c>:
/// scores geocoding on GeoWebNews-style gold (issue 4 point 7): toponym precision and recall, and on recognised
/// toponyms exact GeoNames id, share within 161 km and mean error, for the literal subset and all types. The floors
/// apply to the literal subset. Exit 0 when every floor is met, 1 when one is missed, 2 on bad input.
/// </summary>
internal static class EvalGeoCommand
{
    private static IAnsiConsole Out => EvalExit.Console;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold JSONL: {id,text,toponyms:[{start,end,name,lat,lon,geonameid?,type}]} per line.", Required = true };
        var index = new Option<FileInfo?>("--gazetteer") { Description = "Gazetteer index file (from 'sitrep gazetteer import'); default: the default index." };
        var minRecall = new Option<double?>("--min-recall") { Description = "Exit 1 when literal toponym recall (0-1) is below this." };
        var minExact = new Option<double?>("--min-exact") { Description = "Exit 1 when literal exact-id accuracy (0-1) is below this." };
        var minWithin = new Option<double?>("--min-within161") { Description = "Exit 1 when the literal share within 161 km (0-1) is below this." };
        var errors = new Option<FileInfo?>("--errors") { Description = "Write the missed and misplaced literal toponyms to this file (TSV: document, offset, gold name, type, gold id, the gold id's entry in the index (name, feature code, country) or 'not in index', gold point, error km, our pick with its feature, confidence and rule)." };
        var dump = new Option<FileInfo?>("--dump") { Description = "Write the analysed documents (JSONL export, with places) to this file." };
        var dataRoot = new Option<DirectoryInfo?>("--data-root") { Description = "Sitrep checkout holding data/ and node_modules/ (default: found from the current directory)." };
        var command = new Command("geo", "Score geocoding against GeoWebNews-style gold (recognition P/R; exact id, within 161 km, mean error).")
        {
            gold, index, minRecall, minExact, minWithin, errors, dump, dataRoot,
        };
        command.SetAction(r => Run(
            r.GetValue(gold)!, r.GetValue(index), [("recall", r.GetValue(minRecall)), ("exact", r.GetValue(minExact)), ("within161", r.GetValue(minWithin))],
            r.GetValue(errors), r.GetValue(dump), r.GetValue(dataRoot), Out));
        return command;
    }

    /// <summary>Runs the evaluation and prints the report; returns the exit code.</summary>
    public static int Run(FileInfo gold, FileInfo? index, IReadOnlyList<(string Name, double? Min)> floors, FileInfo? errors, FileInfo? dump, DirectoryInfo? dataRoot, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(floors);
        ArgumentNullException.ThrowIfNull(console);
        if (!gold.Exists)
        {
            console.MarkupLineInterpolated($"[red]error:[/] gold file '{gold.FullName}' does not exist.");
            return EvalExit.BadInput;
        }

        if (floors.Any(f => f.Min is < 0 or > 1))
        {
            console.MarkupLine("[red]error:[/] floors are shares between 0 and 1.");
            return EvalExit.BadInput;
        }

        try
        {
            var catalog = dataRoot is null ? DataCatalog.Discover() : new DataCatalog(dataRoot.FullName);
            var watch = Stopwatch.StartNew();
            var gazetteer = index is null ? catalog.Gazetteer() : catalog.UseGazetteerIndex(index.FullName);
            var loadTime = watch.Elapsed;
            var pipeline = SitrepPipelines.CreateDefault(catalog);
            var docs = GeoGoldReader.Read(gold.FullName);
            var analysed = docs.Select(d => pipeline.Process(new Sitrep.Core.Model.Document(d.Id, d.Text))).ToList();
            var report = GeoEvaluator.Score(docs, analysed);
            if (dump is not null)
            {
                using var stream = File.Create(dump.FullName);
                foreach (var doc in analysed)
                {
                    using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
                    {
                        Sitrep.Store.Export.JsonlExporter.Write(writer, doc);
                    }

                    stream.WriteByte((byte)'\n');
                }
            }

            Print(console, gold.Name, gazetteer, loadTime, report);
            if (errors is not null)
            {
                File.WriteAllLines(errors.FullName, report.Errors.Select(e => string.Create(CultureInfo.InvariantCulture,
                    $"{e.DocumentId}\t{e.Gold.Span.Start}\t{e.Gold.Name}\t{e.Gold.Type}\t{e.Gold.GeonameId}\t{DescribeGold(gazetteer, e.Gold.GeonameId)}\t{e.Gold.Latitude:0.###},{e.Gold.Longitude:0.###}\t{(e.ErrorKm is { } km ? km.ToString("0", CultureInfo.InvariantCulture) : "-")}\t{e.Predicted}")));
            }

            var values = new Dictionary<string, double>
            {
                ["recall"] = report.Literal.Recall,
                ["exact"] = report.Literal.ExactAccuracy,
                ["within161"] = report.Literal.Within161Share,
            };
            var failed = false;
            foreach (var (name, min) in floors)
            {
                if (min is not { } floor)
                {
                    continue;
                }

                var ok = values[name] >= floor;
                failed |= !ok;
                console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{(ok ? "[green]ok[/]" : "[red]FAIL[/]")} literal {name} {values[name]:0.000} {(ok ? ">=" : "<")} {floor:0.000}"));
            }

            return failed ? EvalExit.BelowBar : EvalExit.Passed;
        }
        catch (Exception ex) when (ex is FormatException or DataFileException or DirectoryNotFoundException or IOException or InvalidDataException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return EvalExit.BadInput;
        }
    }

    /// <summary>The gold id's own entry in the index (name, feature code, country), or that no entry holds it.</summary>
    private static string DescribeGold(Extraction.Gazetteers.Gazetteer gazetteer, long? geonameId)
    {
        if (geonameId is not { } id)
        {
            return "-";
        }

        var i = id is > 0 and <= int.MaxValue ? gazetteer.IndexOf((int)id) : -1;
        if (i < 0)
        {
            return "not in index";
        }

        var e = gazetteer[i];
        return string.Create(CultureInfo.InvariantCulture, $"{e.Name} {e.FeatureCode} {e.Country}");
    }

    private static void Print(IAnsiConsole console, string name, Extraction.Gazetteers.Gazetteer gazetteer, TimeSpan loadTime, GeoEvalReport report)
    {
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"gazetteer: {gazetteer.Count:N0} places, {gazetteer.KeyCount:N0} names, ready in {loadTime.TotalSeconds:0.00} s ({gazetteer.Stamp})")));
        var table = new Table().Title(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Geocoding on {name} ({report.Documents} documents); toponym precision {report.Precision:0.000} ({report.PredictedMatched}/{report.Predicted})")));
        foreach (var h in new[] { "subset", "gold", "recall", "with id", "exact id", "within 161 km", "mean error km", "exact | resolved", "161 km | resolved" })
        {
            table.AddColumn(h);
        }

        foreach (var s in new[] { report.Literal, report.All })
        {
            table.AddRow(
                s.Name,
                s.Gold.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{s.Recall:0.000} ({s.Recognised})"),
                s.WithId.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{s.ExactAccuracy:0.000} ({s.ExactId})"),
                string.Create(CultureInfo.InvariantCulture, $"{s.Within161Share:0.000} ({s.Within161Km})"),
                string.Create(CultureInfo.InvariantCulture, $"{s.MeanErrorKm:0} ({s.Resolved} resolved)"),
                string.Create(CultureInfo.InvariantCulture, $"{s.ExactOfResolved:0.000} ({s.ResolvedWithId})"),
                string.Create(CultureInfo.InvariantCulture, $"{s.Within161OfResolved:0.000}"));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(
            "toponym precision: of the places found in the gold documents (mentions judged not to be places aside, resolved or not), the share whose span overlaps a gold toponym of any type; "
            + "recall: of the gold toponyms, the share a found place overlaps; exact id: same GeoNames id, over recognised toponyms with a gold id; "
            + "within 161 km: over recognised toponyms, and a place with the gold id is at 0 km whatever its point."));
    }
}
