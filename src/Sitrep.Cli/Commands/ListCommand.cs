using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep list [--since DATE] [--until DATE] [--source NAME] [--status ok|failed] [--title TEXT] [--limit N]
/// [--format table|tsv|jsonl] [--db FILE]</c>: the stored documents with their dates, titles and counts, to find one to
/// <c>show</c> (issue 9 point 6). The query is the store's (<see cref="IDocumentStore.QueryAsync"/>); this only formats.
/// </summary>
internal static class ListCommand
{
    /// <summary>How <c>sitrep list</c> prints its rows.</summary>
    public enum ListFormat
    {
        /// <summary>A table for people.</summary>
        Table,

        /// <summary>Tab-separated values with a header line, for scripts.</summary>
        Tsv,

        /// <summary>One JSON object a line, for scripts.</summary>
        Jsonl,
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The columns of every format, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["id", "date", "title", "source", "status", "entities", "quotes", "events"];

    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var since = new Option<DateOnly?>("--since") { Description = "Only documents dated on or after this day (YYYY-MM-DD)" };
        var until = new Option<DateOnly?>("--until") { Description = "Only documents dated on or before this day (YYYY-MM-DD)" };
        var source = new Option<string?>("--source") { Description = "Only documents from this source (the source field of the input, e.g. Reuters)" };
        var status = CommonOptions.Choice<DocumentStatus?>("--status", "Only processed (ok) or failed documents", null, ("ok", DocumentStatus.Ok), ("failed", DocumentStatus.Failed));
        var title = new Option<string?>("--title") { Description = "Only documents whose title contains this text (case ignored)" };
        var limit = new Option<int?>("--limit") { Description = "At most this many documents" };
        var format = CommonOptions.Choice("--format", "table (for people), tsv or jsonl (for scripts)", ListFormat.Table, ("table", ListFormat.Table), ("tsv", ListFormat.Tsv), ("jsonl", ListFormat.Jsonl));
        var db = CommonOptions.Db();
        var command = new Command("list", "List stored documents: ids, dates, titles and counts, with filters") { since, until, source, status, title, limit, format, db };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var dbPath = parse.GetValue(db)!;
            if (parse.GetValue(limit) is < 0)
            {
                await error.WriteLineAsync("sitrep: --limit takes a number of documents, 0 or more.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (!File.Exists(dbPath))
            {
                await error.WriteLineAsync($"No database at '{dbPath}'. Run 'sitrep ingest PATH…' first, or pass --db FILE.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var query = new DocumentQuery
            {
                Since = parse.GetValue(since),
                Until = parse.GetValue(until),
                Source = parse.GetValue(source),
                Status = parse.GetValue(status),
                TitleContains = parse.GetValue(title),
                Limit = parse.GetValue(limit),
            };
            await using var store = await CommonOptions.OpenForReadingAsync(dbPath, ct).ConfigureAwait(false);
            var rows = new List<DocumentListing>();
            await foreach (var row in store.QueryAsync(query, ct).ConfigureAwait(false))
            {
                rows.Add(row);
            }

            await WriteAsync(rows, parse.GetValue(format), environment, output).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes <paramref name="rows"/> in <paramref name="format"/>.</summary>
    public static async Task WriteAsync(IReadOnlyList<DocumentListing> rows, ListFormat format, CliEnvironment environment, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ListFormat.Tsv:
                await output.WriteLineAsync(string.Join('\t', Columns)).ConfigureAwait(false);
                foreach (var r in rows)
                {
                    await output.WriteLineAsync(string.Join('\t', Fields(r).Select(Tsv))).ConfigureAwait(false);
                }

                break;
            case ListFormat.Jsonl:
                foreach (var r in rows)
                {
                    var fields = Fields(r);
                    var o = new Dictionary<string, object?>(StringComparer.Ordinal);
                    for (var i = 0; i < Columns.Count; i++)
                    {
                        o[Columns[i]] = i >= 5 ? int.Parse(fields[i]!, CultureInfo.InvariantCulture) : fields[i];
                    }

                    await output.WriteLineAsync(JsonSerializer.Serialize(o, Json)).ConfigureAwait(false);
                }

                break;
            default:
                var table = new Table().Border(TableBorder.Simple);
                foreach (var c in Columns)
                {
                    table.AddColumn(c);
                }

                foreach (var r in rows)
                {
                    table.AddRow(Fields(r).Select(f => Markup.Escape(f ?? string.Empty)).ToArray());
                }

                var console = ConsoleFactory.Create(output, environment.IsTerminal);
                console.Write(table);
                console.WriteLine($"{rows.Count} documents");
                break;
        }

        await output.FlushAsync().ConfigureAwait(false);
    }

    private static string?[] Fields(DocumentListing r) =>
    [
        r.Id,
        r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.Title,
        r.Source,
        r.Status == DocumentStatus.Ok ? "ok" : "failed",
        N(r.Entities),
        N(r.Quotes),
        N(r.Events),
    ];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    // A tab, CR or LF inside a field would break the row: each becomes one space.
    private static string Tsv(string? field) => field is null ? string.Empty : string.Join(' ', field.Split(['\t', '\r', '\n']));
}
