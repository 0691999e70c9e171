using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Store.Export;

/// <summary>
/// Writes the JSONL export contract (issue 2 point 8): one object per document with <c>id date dateline title url source
/// text entities quotes alignments generic_actors places events credits diagnostics</c>. Every <c>start</c>/<c>end</c> is a UTF-16 offset into <c>text</c>, end
/// exclusive. Field names are a contract: later issues add arrays, never rename.
/// </summary>
public static class JsonlExporter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Writes one line per document to <paramref name="output"/>.</summary>
    /// <returns>The number of documents written.</returns>
    public static async Task<int> WriteAsync(IAsyncEnumerable<Document> documents, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var count = 0;
        await foreach (var doc in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            using (var writer = new Utf8JsonWriter(output, Options))
            {
                Write(writer, doc);
            }

            output.WriteByte((byte)'\n');
            count++;
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Writes one line per document to a text writer (for stdout).</summary>
    /// <returns>The number of documents written.</returns>
    public static async Task<int> WriteAsync(IAsyncEnumerable<Document> documents, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var count = 0;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        await foreach (var doc in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                Write(writer, doc);
            }

            await output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n").ConfigureAwait(false);
            count++;
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>
    /// Writes one line per row of <paramref name="subject"/> (issue 9 point 6): a document object of the contract for
    /// <see cref="ExportSubject.Documents"/>; for the others the object that the document's array holds (an element of
    /// <c>entities</c>, <c>quotes</c> or <c>events</c>) with <c>document_id</c> first, and <c>event_id</c>
    /// (<c>document#n</c>, as the CSV's GlobalEventID) for events.
    /// </summary>
    /// <returns>The number of lines written.</returns>
    public static async Task<int> WriteAsync(IAsyncEnumerable<Document> documents, TextWriter output, ExportSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        if (subject == ExportSubject.Documents)
        {
            return await WriteAsync(documents, output, cancellationToken).ConfigureAwait(false);
        }

        var count = 0;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        await foreach (var doc in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var actors = subject == ExportSubject.Entities ? doc.Actors.ToDictionary(a => a.EntityId, a => a.Code.Value) : [];
            var rows = subject switch
            {
                ExportSubject.Entities => doc.Mentions.Length,
                ExportSubject.Quotes => doc.Quotes.Length,
                ExportSubject.Events or ExportSubject.Mentions => doc.Events.Length,
                _ => throw new ArgumentOutOfRangeException(nameof(subject), subject, "Unknown export subject."),
            };
            for (var i = 0; i < rows; i++)
            {
                buffer.ResetWrittenCount();
                using (var writer = new Utf8JsonWriter(buffer, Options))
                {
                    writer.WriteStartObject();
                    writer.WriteString("document_id", doc.Id);
                    switch (subject)
                    {
                        case ExportSubject.Entities: WriteMention(writer, doc, doc.Mentions[i], actors); break;
                        case ExportSubject.Quotes: WriteQuote(writer, doc, doc.Quotes[i]); break;
                        default:
                            writer.WriteString("event_id", doc.Id + "#" + (i + 1).ToString(CultureInfo.InvariantCulture));
                            EventJson.WriteFields(writer, doc, doc.Events[i]);
                            break;
                    }

                    writer.WriteEndObject();
                }

                await output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n").ConfigureAwait(false);
                count++;
            }
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Writes one document object.</summary>
    public static void Write(Utf8JsonWriter writer, Document doc)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(doc);
        var m = doc.Metadata;
        writer.WriteStartObject();
        writer.WriteString("id", doc.Id);
        WriteNullable(writer, "date", m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteNullable(writer, "dateline", m.Dateline);
        WriteNullable(writer, "title", m.Title);
        WriteNullable(writer, "url", m.Url);
        WriteNullable(writer, "source", m.Source);
        writer.WriteString("text", doc.Text);

        writer.WriteStartArray("entities");
        var actors = doc.Actors.ToDictionary(a => a.EntityId, a => a.Code.Value);
        foreach (var mention in doc.Mentions)
        {
            writer.WriteStartObject();
            WriteMention(writer, doc, mention, actors);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quotes");
        foreach (var q in doc.Quotes)
        {
            writer.WriteStartObject();
            WriteQuote(writer, doc, q);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        // Issue 3 point 8: {"backer","backed","opposes"?,"evidence":{"start","end","text"},"rule"}.
        writer.WriteStartArray("alignments");
        foreach (var a in doc.Alignments)
        {
            writer.WriteStartObject();
            writer.WriteString("backer", a.Backer.Value);
            writer.WriteString("backed", a.Backed.Value);
            WriteNullable(writer, "opposes", a.Opposes?.Value);
            writer.WriteStartObject("evidence");
            WriteSpan(writer, doc, a.Evidence);
            writer.WriteEndObject();
            writer.WriteString("rule", a.Rule);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        GenericActorsJson.Write(writer, doc); // issue 8 point 1

        PlacesJson.Write(writer, doc); // issue 4 point 6

        EventJson.Write(writer, doc);

        writer.WriteStartObject("credits");
        WriteNames(writer, "reporting", m.Credits.Reporting);
        WriteNames(writer, "writing", m.Credits.Writing);
        WriteNames(writer, "editing", m.Credits.Editing);
        WriteNames(writer, "additional_reporting", m.Credits.Reporting.Where(p => p.Additional));

        // The same people with their role and where they are in the text (credits are metadata, not entities).
        writer.WriteStartArray("people");
        foreach (var (role, people) in new[] { ("reporter", m.Credits.Reporting), ("writer", m.Credits.Writing), ("editor", m.Credits.Editing) })
        {
            foreach (var p in people)
            {
                writer.WriteStartObject();
                writer.WriteString("name", p.Name);
                writer.WriteString("role", role);
                WriteNullable(writer, "location", p.Location);
                WriteOffsets(writer, p.Span);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteStartArray("diagnostics");
        foreach (var d in doc.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("code", Core.Diagnostics.DiagnosticCatalog.Id(d.Code));
            writer.WriteString("severity", ContractNames.Of(d.Severity));
            writer.WriteString("stage", d.Stage);
            writer.WriteString("message", d.Message);
            WriteOffsets(writer, d.Span);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMention(Utf8JsonWriter writer, Document doc, Mention mention, Dictionary<int, string> actors)
    {
        var e = doc.Entities[mention.EntityId];
        WriteSpan(writer, doc, mention.Span);
        writer.WriteString("type", ContractNames.Of(e.Type));
        writer.WriteString("name", e.Name);
        WriteNullable(writer, "role", e.Role);
        WriteNullable(writer, "affiliation", e.Affiliation);
        WriteNullable(writer, "actor", actors.GetValueOrDefault(e.Id)); // CAMEO-style code on the article date (issue 3)
    }

    private static void WriteQuote(Utf8JsonWriter writer, Document doc, Quote q)
    {
        WriteSpan(writer, doc, q.Span);
        writer.WriteString("kind", ContractNames.Of(q.Kind));
        writer.WriteStartObject("speaker");
        writer.WriteString("name", q.Speaker.Name);
        WriteNullable(writer, "role", q.Speaker.Role);
        writer.WriteBoolean("anonymous", q.Speaker.Anonymous);
        WriteOffsets(writer, q.Speaker.Span);
        writer.WriteEndObject();
        WriteNullable(writer, "medium", q.Medium); // the document carrying the words, issue 9 point 7
    }

    internal static void WriteSpan(Utf8JsonWriter writer, Document doc, TextSpan span)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteString("text", doc.TextOf(span));
    }

    private static void WriteOffsets(Utf8JsonWriter writer, TextSpan? span)
    {
        if (span is { } s)
        {
            writer.WriteNumber("start", s.Start);
            writer.WriteNumber("end", s.End);
        }
        else
        {
            writer.WriteNull("start");
            writer.WriteNull("end");
        }
    }

    private static void WriteNames(Utf8JsonWriter writer, string name, IEnumerable<CreditedPerson> people)
    {
        writer.WriteStartArray(name);
        foreach (var p in people)
        {
            writer.WriteStringValue(p.Name);
        }

        writer.WriteEndArray();
    }

    internal static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
