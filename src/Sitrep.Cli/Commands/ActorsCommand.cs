using System.Globalization;
using System.CommandLine;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep actors [NAME] [--limit N] [--db FILE]</c> (issue 10 points 4 and 7): without a name, the actors most
/// documents mention; with one (a name, surname, variant spelling or acronym, matched through the store's
/// normalisation), each matching actor's timeline: aliases, codes, roles and affiliations with first and last dates and
/// the documents stating them, event counts. The work is the store's (<see cref="IActorQueries"/>); this only formats.
/// </summary>
internal static class ActorsCommand
{
    /// <summary>Actors listed without a name, by default.</summary>
    public const int DefaultLimit = 30;

    /// <summary>Most document ids printed per role or code.</summary>
    public const int MaxDocumentsShown = 5;

    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var name = new Argument<string?>("NAME") { Description = "A name, surname, spelling variant or acronym (Haftar, Hifter, LNA); none: the most mentioned actors", Arity = ArgumentArity.ZeroOrOne };
        var limit = new Option<int>("--limit") { Description = "Without NAME: how many actors", DefaultValueFactory = _ => DefaultLimit };
        var db = CommonOptions.Db();
        var command = new Command("actors", "People and organisations across documents: the most mentioned, or one actor's timeline") { name, limit, db };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var dbPath = parse.GetValue(db)!;
            if (parse.GetValue(limit) < 1)
            {
                await error.WriteLineAsync("sitrep: --limit takes a number of actors, 1 or more.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (!File.Exists(dbPath))
            {
                await error.WriteLineAsync($"No database at '{dbPath}'. Run 'sitrep ingest PATH…' first, or pass --db FILE.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            await using var store = await CommonOptions.OpenForReadingAsync(dbPath, ct).ConfigureAwait(false);
            var console = ConsoleFactory.Create(output, environment.IsTerminal);
            if (parse.GetValue(name) is not { Length: > 0 } query)
            {
                var top = await store.TopActorsAsync(parse.GetValue(limit), ct).ConfigureAwait(false);
                console.Write(Listing(top));
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{top.Count} actors"));
                return ExitCodes.Ok;
            }

            var found = await store.FindActorsAsync(query, ct).ConfigureAwait(false);
            if (found.Count == 0)
            {
                console.WriteLine($"No actor named '{query}'.");
                return ExitCodes.Ok;
            }

            foreach (var actor in found)
            {
                if (await store.GetActorAsync(actor.Id, ct).ConfigureAwait(false) is { } timeline)
                {
                    Timeline(console, timeline);
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Table Listing(IEnumerable<ActorListing> actors)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var c in (string[])["id", "name", "type", "codes", "documents", "events", "aliases"])
        {
            table.AddColumn(c);
        }

        foreach (var a in actors)
        {
            table.AddRow(N(a.Id), E(a.Name), a.Type, E(string.Join(' ', a.Codes)), N(a.Documents), Events(a), E(string.Join(", ", a.Aliases.Take(6))));
        }

        return table;
    }

    private static void Timeline(IAnsiConsole console, ActorTimeline t)
    {
        var a = t.Actor;
        console.MarkupLine($"[bold]{E(a.Name)}[/] (actor {N(a.Id)}, {a.Type}): {N(a.Documents)} documents, events {Events(a)}");
        console.WriteLine("aliases: " + string.Join(", ", a.Aliases));
        var table = new Table().Border(TableBorder.Simple);
        foreach (var c in (string[])["", "value", "affiliation", "first", "last", "documents"])
        {
            table.AddColumn(c);
        }

        foreach (var p in t.Codes)
        {
            table.AddRow("code", E(p.Value), string.Empty, D(p.First), D(p.Last), Docs(p));
        }

        foreach (var p in t.Roles)
        {
            table.AddRow("role", E(p.Value), E(p.Affiliation ?? string.Empty), D(p.First), D(p.Last), Docs(p));
        }

        console.Write(table);
    }

    private static string Docs(ActorPeriod p) =>
        E(N(p.Documents.Length) + ": " + string.Join(' ', p.Documents.Take(MaxDocumentsShown)) + (p.Documents.Length > MaxDocumentsShown ? " …" : string.Empty));

    private static string Events(ActorListing a) => string.Create(CultureInfo.InvariantCulture, $"{a.EventsAsSource + a.EventsAsTarget} ({a.EventsAsSource} as source, {a.EventsAsTarget} as target)");

    private static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => Markup.Escape(text);
}
