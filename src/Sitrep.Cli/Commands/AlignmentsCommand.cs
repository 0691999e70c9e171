using System.CommandLine;
using System.Globalization;
using Sitrep.Corpus.Relations;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep alignments [--country ISO3] [--as-of DATE] [--stale-after DAYS] [--db FILE]</c>: who backs whom across the
/// stored documents as of a date (issue 10 point 5), one row per edge with its first and last report, its documents
/// and independent sources, whether it is stale and the sentence of its latest report. The query is the store's
/// (<see cref="Store.IRelationQueries.GetRelationsAsync"/>); this only formats.
/// </summary>
internal static class AlignmentsCommand
{
    /// <summary>Longest evidence sentence shown in the table, in characters (the export has every report whole).</summary>
    public const int MaxSentence = 220;

    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var country = new Option<string?>("--country") { Description = "Only edges with a party whose actor code starts with this (LBY matches LBYGOV and LBYMIL)" };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Only what was reported on or before this day (YYYY-MM-DD); default: every report" };
        var staleAfter = new Option<int>("--stale-after")
        {
            Description = $"Flag an edge stale when not reported for this many days before the as-of date (default {RelationQuery.DefaultStaleAfterDays})",
            DefaultValueFactory = _ => RelationQuery.DefaultStaleAfterDays,
        };
        var db = CommonOptions.Db();
        var command = new Command("alignments", "Who backs whom across the stored documents, as of a date, with the evidence") { country, asOf, staleAfter, db };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var dbPath = parse.GetValue(db)!;
            if (parse.GetValue(staleAfter) is < 0)
            {
                await error.WriteLineAsync("sitrep: --stale-after takes a number of days, 0 or more.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (!File.Exists(dbPath))
            {
                await error.WriteLineAsync($"No database at '{dbPath}'. Run 'sitrep ingest PATH…' first, or pass --db FILE.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var query = new RelationQuery { AsOf = parse.GetValue(asOf), StaleAfterDays = parse.GetValue(staleAfter), Country = parse.GetValue(country) };
            await using var store = await CommonOptions.OpenForReadingAsync(dbPath, ct).ConfigureAwait(false);
            var relations = await store.GetRelationsAsync(query, ct).ConfigureAwait(false);
            Write(relations, query, ConsoleFactory.Create(parse.InvocationConfiguration.Output, environment.IsTerminal));
            await parse.InvocationConfiguration.Output.FlushAsync(ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes one table row per relation, then a count line.</summary>
    public static void Write(IReadOnlyList<Relation> relations, RelationQuery query, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(console);
        var table = new Table().Border(TableBorder.Simple).AddColumns("edge", "first", "last", "documents", "sources", "stale", "evidence (latest)");
        foreach (var r in relations)
        {
            var latest = r.Evidence.Where(e => e.Date == r.Last).LastOrDefault() ?? r.Evidence[^1];
            table.AddRow(
                Markup.Escape(r.Edge.ToString().Replace(" -> ", " → ", StringComparison.Ordinal)),
                Day(r.First),
                Day(r.Last),
                r.Documents.ToString(CultureInfo.InvariantCulture),
                r.Sources.ToString(CultureInfo.InvariantCulture),
                r.Stale ? "stale" : string.Empty,
                Markup.Escape($"[{latest.DocumentId}] {Cut(latest.SentenceText)}"));
        }

        console.Write(table);
        var asOf = query.AsOf is { } d ? " as of " + Day(d) : string.Empty;
        var stale = relations.Count(r => r.Stale);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{relations.Count} relations{asOf} ({stale} stale: not reported in the {query.StaleAfterDays} days before)"));
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static string Cut(string sentence)
    {
        var flat = string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= MaxSentence ? flat : flat[..(MaxSentence - 1)] + "…";
    }
}
