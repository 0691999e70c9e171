using System.Globalization;
using Sitrep.Core.Model;

namespace Sitrep.Store.Export;

/// <summary>
/// Writes RFC 4180 CSV (CRLF line ends; fields with a comma, quote, CR or LF quoted, quotes doubled): one row per
/// document, entity mention, quote or event, with the columns of the JSONL contract (events: GDELT 2.0 column names, or
/// ACLED's through <see cref="WriteEventsAsync"/>). Offsets are UTF-16, end exclusive.
/// </summary>
public static class CsvExporter
{
    /// <summary>The header of each subject, in column order.</summary>
    public static IReadOnlyList<string> Columns(ExportSubject subject) => subject switch
    {
        ExportSubject.Documents => ["id", "date", "dateline", "title", "url", "source", "entities", "quotes", "diagnostics", "text"],
        ExportSubject.Entities => ["document_id", "start", "end", "text", "type", "name", "role", "affiliation"],
        ExportSubject.Quotes => ["document_id", "start", "end", "text", "kind", "speaker_name", "speaker_role", "speaker_anonymous", "speaker_start", "speaker_end"],
        ExportSubject.Events => GdeltEventRow.Columns,
        ExportSubject.Alignments => RelationExporter.Columns,
        ExportSubject.Mentions => GdeltMentionRow.Columns,
        _ => throw new ArgumentOutOfRangeException(nameof(subject), subject, "Unknown export subject."),
    };

    /// <summary>Writes the header and one row per item of <paramref name="subject"/> (events with no FIPS country codes).</summary>
    /// <returns>The number of data rows written.</returns>
    public static Task<int> WriteAsync(IAsyncEnumerable<Document> documents, TextWriter output, ExportSubject subject, CancellationToken cancellationToken = default) =>
        WriteAsync(documents, output, subject, FipsCountryCodes.None, cancellationToken);

    /// <summary>
    /// Writes the header and one row per item of <paramref name="subject"/>; event rows take GDELT's FIPS 10-4 country
    /// codes from <paramref name="fips"/> (issue 10 point 7).
    /// </summary>
    /// <returns>The number of data rows written.</returns>
    public static async Task<int> WriteAsync(IAsyncEnumerable<Document> documents, TextWriter output, ExportSubject subject, FipsCountryCodes? fips, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        await WriteRowAsync(output, Columns(subject)).ConfigureAwait(false);
        var rows = 0;
        await foreach (var doc in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var row in Rows(doc, subject, fips))
            {
                await WriteRowAsync(output, row).ConfigureAwait(false);
                rows++;
            }
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>
    /// Writes one row per event in the columns of <paramref name="schema"/>: GDELT's (every event, as
    /// <see cref="WriteAsync(IAsyncEnumerable{Document}, TextWriter, ExportSubject, CancellationToken)"/> with <see cref="ExportSubject.Events"/>) or ACLED's (only the events ACLED would code,
    /// <see cref="AcledEventRow"/>; ids stable across exports, see <see cref="AcledEventIds"/>).
    /// </summary>
    /// <param name="documents">The documents, in id order.</param>
    /// <param name="output">Where the CSV goes.</param>
    /// <param name="schema">The columns.</param>
    /// <param name="geography">Country facts and divisions for ACLED rows; <see cref="AcledGeography.None"/> when null.</param>
    /// <param name="cancellationToken">Cancels between documents.</param>
    /// <returns>The number of data rows written.</returns>
    public static async Task<int> WriteEventsAsync(
        IAsyncEnumerable<Document> documents, TextWriter output, EventSchema schema, AcledGeography? geography = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        if (schema == EventSchema.Gdelt)
        {
            return await WriteAsync(documents, output, ExportSubject.Events, cancellationToken).ConfigureAwait(false);
        }

        if (schema != EventSchema.Acled)
        {
            throw new ArgumentOutOfRangeException(nameof(schema), schema, "Unknown event schema: use Gdelt or Acled.");
        }

        geography ??= AcledGeography.None;
        var ids = new AcledEventIds();
        await WriteRowAsync(output, AcledEventRow.Columns).ConfigureAwait(false);
        var rows = 0;
        await foreach (var doc in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < doc.Events.Length; i++)
            {
                if (AcledEventRow.IsAcledEvent(doc.Events[i]))
                {
                    await WriteRowAsync(output, AcledEventRow.Of(doc, i, geography, ids)).ConfigureAwait(false);
                    rows++;
                }
            }
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>Quotes one field per RFC 4180 when it needs it.</summary>
    public static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static IEnumerable<string?[]> Rows(Document doc, ExportSubject subject, FipsCountryCodes? fips)
    {
        var m = doc.Metadata;
        switch (subject)
        {
            case ExportSubject.Documents:
                yield return [doc.Id, m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Dateline, m.Title, m.Url, m.Source, N(doc.Mentions.Length), N(doc.Quotes.Length), N(doc.Diagnostics.Length), doc.Text];
                break;
            case ExportSubject.Entities:
                foreach (var x in doc.Mentions)
                {
                    var e = doc.Entities[x.EntityId];
                    yield return [doc.Id, N(x.Span.Start), N(x.Span.End), doc.TextOf(x.Span), ContractNames.Of(e.Type), e.Name, e.Role, e.Affiliation];
                }

                break;
            case ExportSubject.Quotes:
                foreach (var q in doc.Quotes)
                {
                    var s = q.Speaker;
                    yield return [doc.Id, N(q.Span.Start), N(q.Span.End), doc.TextOf(q.Span), ContractNames.Of(q.Kind), s.Name, s.Role, s.Anonymous ? "true" : "false", s.Span is { } a ? N(a.Start) : null, s.Span is { } b ? N(b.End) : null];
                }

                break;
            case ExportSubject.Events:
                for (var i = 0; i < doc.Events.Length; i++)
                {
                    yield return GdeltEventRow.Of(doc, i, fips);
                }

                break;
            case ExportSubject.Mentions: // without a store, the merged event is unknown (MergedEventExporter fills it)
                for (var i = 0; i < doc.Events.Length; i++)
                {
                    yield return GdeltMentionRow.Of(doc, i, null);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(subject), subject, "Unknown export subject.");
        }
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    internal static Task WriteRowAsync(TextWriter output, IReadOnlyList<string?> fields) =>
        output.WriteAsync(string.Join(',', fields.Select(Escape)) + "\r\n");
}
