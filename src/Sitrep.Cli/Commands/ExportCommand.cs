using System.CommandLine;
using System.Runtime.CompilerServices;
using Sitrep.Core.Model;
using Sitrep.Store;
using Sitrep.Store.Export;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep export --format jsonl|csv [--what documents|entities|quotes] [--out FILE] [--db FILE]</c>.</summary>
internal static class ExportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var format = new Option<ExportFormat>("--format") { Description = "jsonl (one object per document, the export contract) or csv", DefaultValueFactory = _ => ExportFormat.Jsonl };
        var what = new Option<ExportSubject>("--what") { Description = "CSV rows: documents, entities, quotes or events (events in GDELT 2.0 event-table columns; JSONL is always one object per document)", DefaultValueFactory = _ => ExportSubject.Documents };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout" };
        var db = CommonOptions.Db();
        var command = new Command("export", "Export processed documents") { format, what, output, db };
        command.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetValue(db)!;
            if (!File.Exists(dbPath))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"No database at '{dbPath}'. Run 'sitrep ingest PATH…' first, or pass --db FILE.").ConfigureAwait(false);
                return 1;
            }

            await using IDocumentStore store = await SqliteDocumentStore.OpenAsync(dbPath, cancellationToken: ct).ConfigureAwait(false);
            var documents = Processed(store, ct);
            var file = parse.GetValue(output);
            var fmt = parse.GetValue(format);
            if (file is null)
            {
                await WriteAsync(documents, fmt, parse.GetValue(what), parse.InvocationConfiguration.Output, ct).ConfigureAwait(false);
                return 0;
            }

            await using var stream = File.Create(file);
            await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            await WriteAsync(documents, fmt, parse.GetValue(what), writer, ct).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Task<int> WriteAsync(IAsyncEnumerable<Document> documents, ExportFormat format, ExportSubject what, TextWriter writer, CancellationToken ct) =>
        format == ExportFormat.Jsonl ? JsonlExporter.WriteAsync(documents, writer, ct) : CsvExporter.WriteAsync(documents, writer, what, ct);

    private static async IAsyncEnumerable<Document> Processed(IDocumentStore store, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var stored in store.ListAsync(DocumentStatus.Ok, ct).ConfigureAwait(false))
        {
            yield return stored.Document!;
        }
    }
}
