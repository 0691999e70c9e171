using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Corpus.Relations;

namespace Sitrep.Store.Export;

/// <summary>
/// Writes who backs whom (<c>--what alignments</c>, issue 10 points 5 and 7): one JSONL line or CSV row per edge,
/// <c>{"backer","backed","opposed","first","last","documents","sources","stale","evidence":[{"document","date",
/// "source","start","end","text","sentence_start","sentence_end","sentence","rule"}…]}</c>. Offsets are UTF-16 into
/// the document's text, end exclusive. The CSV holds the same fields, the evidence list as that JSON array.
/// </summary>
public static class RelationExporter
{
    /// <summary>The CSV header, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["backer", "backed", "opposed", "first", "last", "documents", "sources", "stale", "evidence"];

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Writes one JSON object a line per relation.</summary>
    /// <returns>The number of lines written.</returns>
    public static async Task<int> WriteJsonlAsync(IReadOnlyList<Relation> relations, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var r in relations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteAsync(Json(w =>
            {
                w.WriteStartObject();
                w.WriteString("backer", r.Edge.Backer.Value);
                w.WriteString("backed", r.Edge.Backed.Value);
                Nullable(w, "opposed", r.Edge.Opposed?.Value);
                Nullable(w, "first", Day(r.First));
                Nullable(w, "last", Day(r.Last));
                w.WriteNumber("documents", r.Documents);
                w.WriteNumber("sources", r.Sources);
                w.WriteBoolean("stale", r.Stale);
                w.WritePropertyName("evidence");
                WriteEvidence(w, r);
                w.WriteEndObject();
            }) + "\n").ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return relations.Count;
    }

    /// <summary>Writes the header and one RFC 4180 row per relation.</summary>
    /// <returns>The number of data rows written.</returns>
    public static async Task<int> WriteCsvAsync(IReadOnlyList<Relation> relations, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(output);
        await CsvExporter.WriteRowAsync(output, Columns).ConfigureAwait(false);
        foreach (var r in relations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await CsvExporter.WriteRowAsync(output,
            [
                r.Edge.Backer.Value, r.Edge.Backed.Value, r.Edge.Opposed?.Value, Day(r.First), Day(r.Last),
                r.Documents.ToString(CultureInfo.InvariantCulture), r.Sources.ToString(CultureInfo.InvariantCulture),
                r.Stale ? "true" : "false", Json(w => WriteEvidence(w, r)),
            ]).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return relations.Count;
    }

    private static void WriteEvidence(Utf8JsonWriter w, Relation r)
    {
        w.WriteStartArray();
        foreach (var e in r.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("document", e.DocumentId);
            Nullable(w, "date", Day(e.Date));
            w.WriteString("source", e.Source);
            w.WriteNumber("start", e.Evidence.Start);
            w.WriteNumber("end", e.Evidence.End);
            w.WriteString("text", e.EvidenceText);
            w.WriteNumber("sentence_start", e.Sentence.Start);
            w.WriteNumber("sentence_end", e.Sentence.End);
            w.WriteString("sentence", e.SentenceText);
            w.WriteString("rule", e.Rule);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
