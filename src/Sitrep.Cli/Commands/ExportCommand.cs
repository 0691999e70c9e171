using System.Collections.Frozen;
using System.CommandLine;
using System.Runtime.CompilerServices;
using Sitrep.Core.Model;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Events.Acled;
using Sitrep.Extraction.Gazetteers;
using Sitrep.Store;
using Sitrep.Store.Export;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep export --format jsonl|csv [--what documents|entities|quotes|events|mentions|stories|alignments|actors] [--schema gdelt|acled] [--out FILE]
/// [--db FILE] [--data-root DIR] [--gazetteer FILE]</c>. <c>events</c> are the events across documents (issue 10
/// point 7), <c>mentions</c> the per-document events; <c>--schema acled</c> writes per-document events in ACLED's columns.
/// </summary>
internal static class ExportCommand
{
    /// <summary>The <c>--schema</c> values, as typed.</summary>
    private static readonly FrozenDictionary<string, EventSchema> Schemas = new Dictionary<string, EventSchema>(StringComparer.OrdinalIgnoreCase)
    {
        ["gdelt"] = EventSchema.Gdelt,
        ["acled"] = EventSchema.Acled,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var format = CommonOptions.Choice("--format", "jsonl (one JSON object a line) or csv", ExportFormat.Jsonl, ("jsonl", ExportFormat.Jsonl), ("csv", ExportFormat.Csv));
        var what = CommonOptions.Choice(
            "--what",
            "One row (CSV) or line (JSONL) per document (the export contract), entity mention, quote, event across documents (merged, GDELT 2.0 event columns), mention (a per-document event: GDELT Mentions columns; ACLED's with --schema acled), backing edge across the documents (alignments) or actor across documents",
            ExportSubject.Documents,
            ("documents", ExportSubject.Documents),
            ("entities", ExportSubject.Entities),
            ("quotes", ExportSubject.Quotes),
            ("events", ExportSubject.Events),
            ("mentions", ExportSubject.Mentions),
            ("alignments", ExportSubject.Alignments),
            ("actors", ExportSubject.Actors),
            ("stories", ExportSubject.Stories));
        var schema = new Option<string?>("--schema")
        {
            Description = "Columns of --format csv --what events|mentions: gdelt (GDELT 2.0 tables plus evidence; the default) or acled (ACLED's event table, one row per per-document event ACLED would code)",
        };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout" };
        var db = CommonOptions.Db();
        var dataRoot = CommonOptions.DataRoot();
        var gazetteer = new Option<FileInfo?>("--gazetteer") { Description = "With --schema acled: the gazetteer index ingest used, for admin1 names (default: the default gazetteer)" };
        var command = new Command("export", "Export processed documents") { format, what, schema, output, db, dataRoot, gazetteer };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var fmt = parse.GetValue(format);
            var subject = parse.GetValue(what);
            var schemaText = parse.GetValue(schema);
            EventSchema? eventSchema = null;
            if (schemaText is not null)
            {
                if (!Schemas.TryGetValue(schemaText, out var s))
                {
                    await error.WriteLineAsync($"Unknown --schema '{schemaText}': use gdelt (the default) or acled.").ConfigureAwait(false);
                    return 1;
                }

                if (fmt != ExportFormat.Csv || subject is not (ExportSubject.Events or ExportSubject.Mentions))
                {
                    await error.WriteLineAsync("--schema chooses the columns of event CSV: use it with --format csv --what events (or mentions).").ConfigureAwait(false);
                    return 1;
                }

                eventSchema = s;
            }

            var dbPath = parse.GetValue(db)!;
            if (!File.Exists(dbPath))
            {
                await error.WriteLineAsync($"No database at '{dbPath}'. Run 'sitrep ingest PATH…' first, or pass --db FILE.").ConfigureAwait(false);
                return 1;
            }

            AcledGeography? geography = null;
            FipsCountryCodes? fips = null;
            if (eventSchema == EventSchema.Acled || (fmt == ExportFormat.Csv && subject == ExportSubject.Events))
            {
                try
                {
                    var catalog = CommonOptions.Catalog(parse.GetValue(dataRoot));
                    geography = eventSchema == EventSchema.Acled ? Geography(catalog, parse.GetValue(gazetteer)) : null;
                    fips = new FipsCountryCodes(catalog.IsoFips().Entries.SelectMany(e => new[] { (e.Iso2, e.Fips), (e.Iso3, e.Fips) }));
                }
                catch (Exception ex) when (ex is DirectoryNotFoundException or FileNotFoundException or InvalidDataException)
                {
                    await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                    return 1;
                }
            }

            await using var store = await CommonOptions.OpenForReadingAsync(dbPath, ct).ConfigureAwait(false);
            var documents = Processed(store, ct);
            var file = parse.GetValue(output);
            if (subject == ExportSubject.Actors)
            {
                await using var actorsOut = file is null ? null : new StreamWriter(File.Create(file), new System.Text.UTF8Encoding(false));
                var target = actorsOut ?? parse.InvocationConfiguration.Output;
                _ = fmt == ExportFormat.Jsonl ? await ActorExporter.WriteJsonlAsync(((IActorQueries)store).AllActorsAsync(ct), target, ct).ConfigureAwait(false)
                    : await ActorExporter.WriteCsvAsync(((IActorQueries)store).AllActorsAsync(ct), target, ct).ConfigureAwait(false);
                return 0;
            }

            if (subject == ExportSubject.Stories)
            {
                // Issue 10 point 7: stories are read from the store's stories index, not from the documents.
                var stories = await store.ListStoriesAsync(cancellationToken: ct).ConfigureAwait(false);
                await using var storiesOut = file is null ? null : new StreamWriter(File.Create(file), new System.Text.UTF8Encoding(false));
                var into = (TextWriter?)storiesOut ?? parse.InvocationConfiguration.Output;
                await (fmt == ExportFormat.Jsonl ? StoryExporter.WriteJsonlAsync(stories, into, ct) : StoryExporter.WriteCsvAsync(stories, into, ct)).ConfigureAwait(false);
                return 0;
            }

            if (file is null)
            {
                await WriteAsync(store, documents, fmt, subject, eventSchema, geography, fips, parse.InvocationConfiguration.Output, ct).ConfigureAwait(false);
                return 0;
            }

            await using var stream = File.Create(file);
            await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            await WriteAsync(store, documents, fmt, subject, eventSchema, geography, fips, writer, ct).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    // Events across documents come from the store's events index; ACLED rows stay one per per-document event.
    private static Task<int> WriteAsync(
        SqliteDocumentStore store, IAsyncEnumerable<Document> documents, ExportFormat format, ExportSubject what, EventSchema? schema, AcledGeography? geography,
        FipsCountryCodes? fips, TextWriter writer, CancellationToken ct) =>
        what == ExportSubject.Alignments ? WriteRelationsAsync(store, format, writer, ct)
        : schema == EventSchema.Acled ? CsvExporter.WriteEventsAsync(documents, writer, EventSchema.Acled, geography, ct)
        : what == ExportSubject.Events ? (format == ExportFormat.Jsonl ? MergedEventExporter.WriteJsonlAsync(store, writer, ct) : MergedEventExporter.WriteCsvAsync(store, store, writer, fips, ct))
        : what == ExportSubject.Mentions && format == ExportFormat.Csv ? MergedEventExporter.WriteMentionsCsvAsync(store, documents, writer, ct)
        : format == ExportFormat.Jsonl ? JsonlExporter.WriteAsync(documents, writer, what, ct)
        : CsvExporter.WriteAsync(documents, writer, what, fips, ct);

    // ACLED rows need country facts and division names the store does not keep: from the data catalog (world-countries
    // with data/events/acled-regions.txt) and the gazetteer (admin1 of the event's GeoNames place).
    private static AcledGeography Geography(DataCatalog catalog, FileInfo? gazetteerIndex)
    {
        var gazetteer = gazetteerIndex is null ? catalog.Gazetteer() : catalog.UseGazetteerIndex(gazetteerIndex.FullName);
        var countries = catalog.AcledRegions().Countries.Select(c => new AcledCountry(c.Iso2, c.Iso3, c.Numeric, c.Name, c.Region));
        return new AcledGeography(countries, place => new AdminDivisions(gazetteer.Admin1NameOf(place.GeonameId), null, null));
    }

    // Issue 10 point 5: every edge as of every report, stale after the default period, with all its evidence.
    private static async Task<int> WriteRelationsAsync(SqliteDocumentStore store, ExportFormat format, TextWriter writer, CancellationToken ct)
    {
        var relations = await store.GetRelationsAsync(Corpus.Relations.RelationQuery.All, ct).ConfigureAwait(false);
        return format == ExportFormat.Jsonl
            ? await RelationExporter.WriteJsonlAsync(relations, writer, ct).ConfigureAwait(false)
            : await RelationExporter.WriteCsvAsync(relations, writer, ct).ConfigureAwait(false);
    }

    private static async IAsyncEnumerable<Document> Processed(SqliteDocumentStore store, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var stored in store.ListAsync(DocumentStatus.Ok, ct).ConfigureAwait(false))
        {
            yield return stored.Document!;
        }
    }
}
