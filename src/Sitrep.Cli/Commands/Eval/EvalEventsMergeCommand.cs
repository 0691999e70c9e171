using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Corpus.Events;
using Sitrep.Extraction;
using Sitrep.Extraction.Data;
using Sitrep.Store.Events;
using Sitrep.Store.Sqlite;
using Spectre.Console;

namespace Sitrep.Cli.Commands.Eval;

/// <summary>
/// <c>sitrep eval events-merge --corpus FILE… [--n N] [--seed S] [--db FILE] [--min-merged X] [--max-incoherent X]</c>
/// (issue 10 point 8): samples articles of the corpus files that carry events, makes a re-publication of each
/// (<see cref="Republication"/>: new headline, a paragraph dropped, words changed, a day later), stores originals then
/// copies in a fresh in-memory store and reports the share of repeated mentions (an original's event and the copy's
/// event with the same evidence text, <see cref="RepeatedMentions"/>) that fall in one merged event; and, over that
/// store and over <c>--db</c> (a whole-corpus ingest) when given, the share of merged events with more than one mention
/// whose mentions disagree on dyad or CAMEO root. Exit 0 when the floors hold, 1 when one is missed, 2 on bad input.
/// </summary>
internal static class EvalEventsMergeCommand
{
    private static IAnsiConsole Out => EvalExit.Console;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var corpus = new Option<FileInfo[]>("--corpus") { Description = "News JSONL ({id,text,date?,title?,source?} per line), e.g. ../shared/data/news-corpus/wikinews.jsonl; repeatable.", Required = true, AllowMultipleArgumentsPerToken = true };
        var n = new Option<int>("--n") { Description = "Articles with events to re-publish (default 200).", DefaultValueFactory = _ => 200 };
        var seed = new Option<int>("--seed") { Description = "Seed of the sample and the edits (default 1).", DefaultValueFactory = _ => 1 };
        var db = new Option<FileInfo?>("--db") { Description = "Also measure incoherent merged events over this store (a whole-corpus ingest)." };
        var minMerged = new Option<double?>("--min-merged") { Description = "Exit 1 when the share of repeated mentions merged (0-1) is below this." };
        var maxIncoherent = new Option<double?>("--max-incoherent") { Description = "Exit 1 when the share of incoherent merged events (0-1) is above this." };
        var dataRoot = new Option<DirectoryInfo?>("--data-root") { Description = "Sitrep checkout holding data/ and node_modules/ (default: found from the current directory)." };
        var command = new Command("events-merge", "Measure the merge of events across documents on generated re-publications, and the coherence of merged events")
        {
            corpus, n, seed, db, minMerged, maxIncoherent, dataRoot,
        };
        command.SetAction((r, ct) => RunAsync(r.GetValue(corpus)!, r.GetValue(n), r.GetValue(seed), r.GetValue(db), r.GetValue(minMerged), r.GetValue(maxIncoherent), r.GetValue(dataRoot), Out, ct));
        return command;
    }

    /// <summary>Runs the measurement and prints it; returns the exit code.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<FileInfo> corpus, int n, int seed, FileInfo? db, double? minMerged, double? maxIncoherent, DirectoryInfo? dataRoot, IAnsiConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(console);
        if (corpus.FirstOrDefault(f => !f.Exists) is { } missing || (db is not null && !db.Exists) || n < 1)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {(n < 1 ? "--n takes 1 or more" : $"'{(db is { Exists: false } ? db.FullName : corpus.First(f => !f.Exists).FullName)}' does not exist")}.");
            return EvalExit.BadInput;
        }

        var catalog = dataRoot is null ? DataCatalog.Discover() : new DataCatalog(dataRoot.FullName);
        var pipeline = SitrepPipelines.CreateDefault(catalog);
        var articles = corpus.SelectMany(f => File.ReadLines(f.FullName)).Where(l => l.Length > 0).Select(Read).ToList();
        var random = new Random(seed);
        var order = articles.OrderBy(_ => random.Next()).ToList();

        // Originals that carry events, analysed in chunks until n are found.
        var originals = new List<Document>();
        for (var at = 0; at < order.Count && originals.Count < n; at += 100)
        {
            var (done, _) = EvalPipelineRun.Analyse(pipeline, order.Skip(at).Take(100).ToList());
            originals.AddRange(done.Where(d => d.Events.Length > 0).Take(n - originals.Count));
        }

        var copies = originals.Select((d, i) =>
        {
            var (text, title, date) = Republication.Of(d.Text, d.Metadata.Title, d.Metadata.Date, seed + i);
            return new Document(d.Id + "~copy", text, d.Metadata with { Title = title, Date = date });
        }).ToList();
        var (analysedCopies, _) = EvalPipelineRun.Analyse(pipeline, copies);

        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory, cancellationToken: ct).ConfigureAwait(false);
        await store.SaveManyAsync([.. originals.Select(d => (d, (string?)null))], cancellationToken: ct).ConfigureAwait(false);
        await store.SaveManyAsync([.. analysedCopies.Select(d => (d, (string?)null))], cancellationToken: ct).ConfigureAwait(false);

        int pairs = 0, merged = 0;
        for (var i = 0; i < originals.Count; i++)
        {
            var a = originals[i];
            var b = analysedCopies[i];
            var ids = (await store.GetDocumentEventIdsAsync(a.Id, ct).ConfigureAwait(false), await store.GetDocumentEventIdsAsync(b.Id, ct).ConfigureAwait(false));
            foreach (var (x, y) in RepeatedMentions.Pair([.. a.Events.Select(e => a.TextOf(e.Evidence))], [.. b.Events.Select(e => b.TextOf(e.Evidence))]))
            {
                pairs++;
                merged += ids.Item1[x] == ids.Item2[y] ? 1 : 0;
            }
        }

        var share = pairs == 0 ? 0 : (double)merged / pairs;
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"re-publications: {originals.Count} articles with events, {pairs} repeated mentions, {merged} merged into one event: {share:0.0000}"));
        var incoherent = await IncoherentAsync(store, "re-publication store", console, ct).ConfigureAwait(false);
        if (db is not null)
        {
            await using var whole = await CommonOptions.OpenForReadingAsync(db.FullName, ct).ConfigureAwait(false);
            incoherent = await IncoherentAsync(whole, db.Name, console, ct).ConfigureAwait(false);
        }

        var failed = false;
        if (minMerged is { } min)
        {
            failed |= Floor(console, "repeated mentions merged", share, min, share >= min, ">=");
        }

        if (maxIncoherent is { } max)
        {
            failed |= Floor(console, "incoherent merged events", incoherent, max, incoherent <= max, "<=");
        }

        return failed ? EvalExit.BelowBar : EvalExit.Passed;
    }

    // The share of merged events with more than one mention whose mentions disagree on dyad or root.
    private static async Task<double> IncoherentAsync(SqliteDocumentStore events, string name, IAnsiConsole console, CancellationToken ct)
    {
        int multi = 0, bad = 0, articles = 0;
        foreach (var e in await events.QueryEventsAsync(new EventQuery(), ct).ConfigureAwait(false))
        {
            if (e.NumMentions < 2)
            {
                continue;
            }

            multi++;
            articles += e.NumArticles > 1 ? 1 : 0;
            var mentions = await events.GetEventMentionsAsync(e.Id, ct).ConfigureAwait(false);
            bad += mentions.Any(m => m.Source != mentions[0].Source || m.Target != mentions[0].Target || m.Code.Root != mentions[0].Code.Root) ? 1 : 0;
        }

        var share = multi == 0 ? 0 : (double)bad / multi;
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"{Markup.Escape(name)}: {multi} merged events with more than one mention ({articles} across articles), {bad} disagree on dyad or root: {share:0.0000}"));
        return share;
    }

    private static bool Floor(IAnsiConsole console, string what, double value, double bar, bool ok, string op)
    {
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{(ok ? "[green]ok[/]" : "[red]FAIL[/]")} {what} {value:0.0000} {(ok ? op : "not " + op)} {bar:0.0000}"));
        return !ok;
    }

    private static Document Read(string line)
    {
        using var json = JsonDocument.Parse(line);
        var o = json.RootElement;
        string? S(string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var date = S("date") is { } d && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
        return new Document(S("id") ?? throw new FormatException("a corpus line has no id"), S("text") ?? string.Empty, new DocumentMetadata { Date = date, Title = S("title"), Source = S("source") });
    }
}
