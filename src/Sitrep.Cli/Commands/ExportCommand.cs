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
/// <c>sitrep export --format jsonl|csv [--what documents|entities|quotes|events|stories] [--schema gdelt|acled] [--out FILE]
/// [--db FILE] [--data-root DIR] [--gazetteer FILE]</c>.
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
            "One row (CSV) or line (JSONL) per document (the export contract), entity mention, quote or event (CSV events in GDELT 2.0 or ACLED columns, see --schema)",
            ExportSubject.Documents,
            ("documents", ExportSubject.Documents),
            ("entities", ExportSubject.Entities),
            ("quotes", ExportSubject.Quotes),
            ("events", ExportSubject.Events),
            ("stories", ExportSubject.Stories));
        var schema = new Option<string?>("--schema")
        {
            Description = "Columns of --format csv --what events: gdelt (GDELT 2.0 event table plus evidence, every event; the default) or acled (ACLED's event table, only the events ACLED would code)",
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

                if (fmt != ExportFormat.Csv || subject != ExportSubject.Events)
                {
                    await error.WriteLineAsync("--schema chooses the columns of event CSV: use it with --format csv --what events.").ConfigureAwait(false);
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
            if (eventSchema == EventSchema.Acled)
            {
                try
                {
                    geography = Geography(CommonOptions.Catalog(parse.GetValue(dataRoot)), parse.GetValue(gazetteer));
                }
                catch (Exception ex) when (ex is DirectoryNotFoundException or FileNotFoundException or InvalidDataException)
                {
                    await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                    return 1;
                }
            }

            await using var sqlite = await CommonOptions.OpenForReadingAsync(dbPath, ct).ConfigureAwait(false);
            IDocumentStore store = sqlite;
            var file = parse.GetValue(output);
            if (subject == ExportSubject.Stories)
            {
                // Issue 10 point 7: stories are read from the store's stories index, not from the documents.
                var stories = await sqlite.ListStoriesAsync(cancellationToken: ct).ConfigureAwait(false);
                await using var target = file is null ? null : new StreamWriter(File.Create(file), new System.Text.UTF8Encoding(false));
                var into = (TextWriter?)target ?? parse.InvocationConfiguration.Output;
                await (fmt == ExportFormat.Jsonl ? StoryExporter.WriteJsonlAsync(stories, into, ct) : StoryExporter.WriteCsvAsync(stories, into, ct)).ConfigureAwait(false);
                return 0;
            }

            var documents = Processed(store, ct);
            if (file is null)
            {
                await WriteAsync(documents, fmt, subject, eventSchema, geography, parse.InvocationConfiguration.Output, ct).ConfigureAwait(false);
                return 0;
            }

            await using var stream = File.Create(file);
            await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            await WriteAsync(documents, fmt, subject, eventSchema, geography, writer, ct).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Task<int> WriteAsync(
        IAsyncEnumerable<Document> documents, ExportFormat format, ExportSubject what, EventSchema? schema, AcledGeography? geography, TextWriter writer, CancellationToken ct) =>
        format == ExportFormat.Jsonl ? JsonlExporter.WriteAsync(documents, writer, what, ct)
        : schema is { } s ? CsvExporter.WriteEventsAsync(documents, writer, s, geography, ct)
        : CsvExporter.WriteAsync(documents, writer, what, ct);

    // ACLED rows need country facts and division names the store does not keep: from the data catalog (world-countries
    // with data/events/acled-regions.txt) and the gazetteer (admin1 of the event's GeoNames place).
    private static AcledGeography Geography(DataCatalog catalog, FileInfo? gazetteerIndex)
    {
        var gazetteer = gazetteerIndex is null ? catalog.Gazetteer() : catalog.UseGazetteerIndex(gazetteerIndex.FullName);
        var countries = catalog.AcledRegions().Countries.Select(c => new AcledCountry(c.Iso2, c.Iso3, c.Numeric, c.Name, c.Region));
        return new AcledGeography(countries, place => new AdminDivisions(gazetteer.Admin1NameOf(place.GeonameId), null, null));
    }

    private static async IAsyncEnumerable<Document> Processed(IDocumentStore store, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var stored in store.ListAsync(DocumentStatus.Ok, ct).ConfigureAwait(false))
        {
            yield return stored.Document!;
        }
    }
}
