using System.CommandLine;
using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Extraction.Events.Acled;
using Sitrep.Store.Events;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep events [--actor CODE] [--cameo CODE|ROOT] [--plover CAT] [--country ISO3] [--place NAME|ID] [--since DATE]
/// [--until DATE] [--min-sources N] [--limit N] [--db FILE]</c>: the events across documents (issue 10 points 2 and 7),
/// one row per merged event with how widely it was reported. The query is the store's (<see cref="IEventQueries"/>).
/// </summary>
internal static class EventsCommand
{
    /// <summary>The table's columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["id", "date", "source", "target", "cameo", "plover", "place", "mentions", "articles", "sources", "first", "last"];

    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var actor = new Option<string?>("--actor") { Description = "Only events whose source or target code starts with this (LBY, LBYGOV)" };
        var cameo = new Option<string?>("--cameo") { Description = "Only events whose CAMEO code starts with this: a root (19) or a code (193; 190 means the root)" };
        var plover = new Option<string?>("--plover") { Description = "Only events of this PLOVER category (assault, protest, …)" };
        var country = new Option<string?>("--country") { Description = "Only events placed in this country (ISO 3166 alpha-3, LBY; alpha-2 also accepted)" };
        var place = new Option<string?>("--place") { Description = "Only events at this place: a GeoNames id or a name (case ignored)" };
        var since = new Option<DateOnly?>("--since") { Description = "Only events dated (else first reported) on or after this day (YYYY-MM-DD)" };
        var until = new Option<DateOnly?>("--until") { Description = "Only events dated (else first reported) on or before this day (YYYY-MM-DD)" };
        var minSources = new Option<int?>("--min-sources") { Description = "Only events reported by at least this many independent sources" };
        var limit = new Option<int?>("--limit") { Description = "At most this many events" };
        var db = CommonOptions.Db();
        var dataRoot = CommonOptions.DataRoot();
        var command = new Command("events", "List events across documents: merged reports with their numbers of mentions, articles and sources")
        {
            actor, cameo, plover, country, place, since, until, minSources, limit, db, dataRoot,
        };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var dbPath = parse.GetValue(db)!;
            PloverCategory? category = null;
            if (parse.GetValue(plover) is { } p)
            {
                if (!Enum.TryParse<PloverCategory>(p, ignoreCase: true, out var c) || c == PloverCategory.None || !Enum.IsDefined(c))
                {
                    await error.WriteLineAsync($"sitrep: unknown --plover '{p}': use one of {string.Join(", ", Enum.GetNames<PloverCategory>().Skip(1).Select(n => n.ToLowerInvariant()))}.").ConfigureAwait(false);
                    return ExitCodes.Usage;
                }

                category = c;
            }

            if (parse.GetValue(cameo) is { } code && !EventCode.TryParse(code, out _))
            {
                await error.WriteLineAsync($"sitrep: --cameo '{code}' is not a CAMEO code or root (19, 193, 1951).").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (!File.Exists(dbPath))
            {
                await error.WriteLineAsync($"No database at '{dbPath}'. Run 'sitrep ingest PATH…' first, or pass --db FILE.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var iso2 = parse.GetValue(country) is { } iso ? Iso2(iso, parse.GetValue(dataRoot)) : null;
            if (parse.GetValue(country) is { } asked && iso2 is null)
            {
                await error.WriteLineAsync($"sitrep: unknown --country '{asked}': use an ISO 3166 alpha-3 code (LBY).").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var query = new EventQuery
            {
                Actor = parse.GetValue(actor),
                Cameo = parse.GetValue(cameo)?.Trim(),
                Plover = category?.ToString(),
                Country = iso2,
                Place = parse.GetValue(place),
                Since = parse.GetValue(since),
                Until = parse.GetValue(until),
                MinSources = parse.GetValue(minSources),
                Limit = parse.GetValue(limit),
            };
            await using var store = await CommonOptions.OpenForReadingAsync(dbPath, ct).ConfigureAwait(false);
            var events = await store.QueryEventsAsync(query, ct).ConfigureAwait(false);
            var table = new Table().Border(TableBorder.Simple);
            foreach (var c in Columns)
            {
                table.AddColumn(c);
            }

            foreach (var e in events)
            {
                table.AddRow(Fields(e).Select(f => Markup.Escape(f ?? string.Empty)).ToArray());
            }

            var console = ConsoleFactory.Create(parse.InvocationConfiguration.Output, environment.IsTerminal);
            console.Write(table);
            console.WriteLine($"{events.Count} events");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The row of one event, in the order of <see cref="Columns"/>.</summary>
    public static string?[] Fields(MergedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return
        [
            e.Id.ToString(CultureInfo.InvariantCulture),
            DateText(e),
            e.Source,
            e.Target,
            e.Code.Value,
            e.Plover.ToString().ToLowerInvariant(),
            e.Place is { } p ? $"{p.Name} ({p.Country}, {p.Precision.ToString().ToLowerInvariant()})" : null,
            N(e.NumMentions),
            N(e.NumArticles),
            N(e.NumSources),
            e.FirstReport?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            e.LastReport?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ];
    }

    private static string? DateText(MergedEvent e) => e.DateStart is not { } s ? null
        : e.DateEnd is { } end && end != s ? $"{s:yyyy-MM-dd}/{end:yyyy-MM-dd}" : s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Places store ISO alpha-2; the shell maps alpha-3 through the country table of the data catalog (STYLE A7).
    private static string? Iso2(string code, string? dataRoot)
    {
        code = code.Trim().ToUpperInvariant();
        if (code.Length == 2)
        {
            return code;
        }

        return CommonOptions.Catalog(dataRoot).AcledRegions().Countries.FirstOrDefault(c => string.Equals(c.Iso3, code, StringComparison.Ordinal))?.Iso2;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
