using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Store.Export;

/// <summary>
/// Writes stories (issue 10 point 7): JSONL, one line per story <c>{"story", "documents": [ids…], "first", "sources": […]}</c>
/// (documents in storing order, first date as YYYY-MM-DD or null); CSV, the columns <c>story, first, articles, sources,
/// documents</c> with lists joined by <c>;</c>.
/// </summary>
public static class StoryExporter
{
    /// <summary>The CSV header.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["story", "first", "articles", "sources", "documents"];

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one JSON line per story.</summary>
    /// <returns>The number of stories written.</returns>
    public static async Task<int> WriteJsonlAsync(IReadOnlyList<StoryListing> stories, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        foreach (var s in stories)
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.ResetWrittenCount();
            using (var w = new Utf8JsonWriter(buffer, Options))
            {
                w.WriteStartObject();
                w.WriteString("story", s.Id);
                w.WriteStartArray("documents");
                foreach (var d in s.Documents)
                {
                    w.WriteStringValue(d);
                }

                w.WriteEndArray();
                JsonlExporter.WriteNullable(w, "first", Day(s.First));
                w.WriteStartArray("sources");
                foreach (var o in s.Sources)
                {
                    w.WriteStringValue(o);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            await output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n").ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return stories.Count;
    }

    /// <summary>Writes the header and one CSV row per story (RFC 4180, as <see cref="CsvExporter"/>).</summary>
    /// <returns>The number of stories written.</returns>
    public static async Task<int> WriteCsvAsync(IReadOnlyList<StoryListing> stories, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(Row(Columns)).ConfigureAwait(false);
        foreach (var s in stories)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteAsync(Row([s.Id, Day(s.First), s.Articles.ToString(CultureInfo.InvariantCulture), string.Join(';', s.Sources), string.Join(';', s.Documents)])).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return stories.Count;
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Row(IReadOnlyList<string?> fields) =>
        string.Join(',', fields.Select(f => f is null ? string.Empty
            : f.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f)) + "\r\n";
}
