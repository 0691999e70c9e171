using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Store.Events;

namespace Sitrep.Store.Export;

/// <summary>
/// Writes the events across documents (issue 10 point 7): <c>--what events</c> as JSONL (one merged event a line,
/// with every mention and its evidence) or as CSV in GDELT 2.0's event columns with real <c>NumMentions</c>,
/// <c>NumSources</c> and <c>NumArticles</c>; <c>--what mentions</c> as CSV in GDELT's Mentions columns
/// (<see cref="GdeltMentionRow"/>). JSONL mentions are the per-document events of <see cref="JsonlExporter"/>.
/// </summary>
public static class MergedEventExporter
{
    // Documents kept while writing event rows (see WriteCsvAsync).
    private const int RecentDocuments = 16;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>
    /// One line per merged event: <c>id source target cameo root plover quad goldstein date_range place num_mentions
    /// num_articles num_sources first_report last_report asserted_by mentions</c>; each mention <c>document event
    /// source target cameo evidence sentence asserted_by rule date outlet url</c>. The event's <c>asserted_by</c> lists
    /// its distinct asserters (<c>kind name actor mentions articles</c>); a mention's is its own asserter (issue 10 point 3).
    /// </summary>
    /// <returns>The number of events written.</returns>
    public static async Task<int> WriteJsonlAsync(IEventQueries events, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(output);
        var all = await events.QueryEventsAsync(new EventQuery(), cancellationToken).ConfigureAwait(false);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        foreach (var e in all)
        {
            var mentions = await events.GetEventMentionsAsync(e.Id, cancellationToken).ConfigureAwait(false);
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                Write(writer, e, mentions);
            }

            await output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n").ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return all.Count;
    }

    /// <summary>
    /// One row per merged event in <see cref="GdeltEventRow.Columns"/>: the row of its first mention (actors, evidence,
    /// <c>SOURCEURL</c> of the first article, as GDELT), with the event's id, representative code, date and place, and
    /// its real counts.
    /// </summary>
    /// <returns>The number of rows written.</returns>
    public static async Task<int> WriteCsvAsync(IEventQueries events, IDocumentStore store, TextWriter output, FipsCountryCodes? fips = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        var column = GdeltEventRow.Columns.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        await WriteRowAsync(output, GdeltEventRow.Columns).ConfigureAwait(false);
        var rows = 0;
        // Events are numbered as documents are stored, so neighbouring events mostly come from one document: the last
        // few documents read are kept, and each is read once per run of its events instead of once per event.
        var recent = new Dictionary<string, Document?>(StringComparer.Ordinal);
        var order = new Queue<string>();
        foreach (var e in await events.QueryEventsAsync(new EventQuery(), cancellationToken).ConfigureAwait(false))
        {
            var mentions = await events.GetEventMentionsAsync(e.Id, cancellationToken).ConfigureAwait(false);
            if (mentions.Count == 0)
            {
                continue;
            }

            if (!recent.TryGetValue(mentions[0].DocumentId, out var doc))
            {
                doc = (await store.GetAsync(mentions[0].DocumentId, cancellationToken).ConfigureAwait(false))?.Document;
                recent[mentions[0].DocumentId] = doc;
                order.Enqueue(mentions[0].DocumentId);
                if (order.Count > RecentDocuments)
                {
                    recent.Remove(order.Dequeue());
                }
            }

            if (doc is null)
            {
                continue;
            }

            var row = GdeltEventRow.Of(doc, mentions[0].Position, fips);
            void Set(string name, string? value) => row[column[name]] = value;
            Set("GlobalEventID", e.Id.ToString(CultureInfo.InvariantCulture));
            if (e.DateStart is { } start)
            {
                Set("Day", start.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
                Set("MonthYear", start.ToString("yyyyMM", CultureInfo.InvariantCulture));
                Set("Year", start.ToString("yyyy", CultureInfo.InvariantCulture));
                Set("FractionDate", (start.Year + ((start.DayOfYear - 1) / 365.0)).ToString("0.0000", CultureInfo.InvariantCulture));
                Set("DatePrecision", e.DatePrecision?.ToString().ToLowerInvariant());
                Set("DateEnd", e.DateEnd?.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            }

            Set("EventCode", e.Code.Value);
            Set("EventBaseCode", e.Code.Value.Length > 3 ? e.Code.Value[..3] : e.Code.Value);
            Set("EventRootCode", e.Root.Value);
            Set("QuadClass", ((int)e.QuadClass).ToString(CultureInfo.InvariantCulture));
            Set("GoldsteinScale", e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture));
            Set("Plover", ContractNames.Of(e.Plover));
            Set("NumMentions", e.NumMentions.ToString(CultureInfo.InvariantCulture));
            Set("NumSources", e.NumSources.ToString(CultureInfo.InvariantCulture));
            Set("NumArticles", e.NumArticles.ToString(CultureInfo.InvariantCulture));
            if (e.Place is { } p)
            {
                // GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state or region.
                Set("ActionGeo_Type", p.Precision switch { GeoPrecision.Country => "1", GeoPrecision.Region => p.Country == "US" ? "2" : "5", _ => p.Country == "US" ? "3" : "4" });
                Set("ActionGeo_FullName", p.Name);
                Set("ActionGeo_CountryCode", (fips ?? FipsCountryCodes.None).Of(p.Country)); // FIPS 10-4, as GDELT
                Set("ActionGeo_Lat", p.Latitude?.ToString("0.0000", CultureInfo.InvariantCulture));
                Set("ActionGeo_Long", p.Longitude?.ToString("0.0000", CultureInfo.InvariantCulture));
                Set("ActionGeo_FeatureID", p.GeonameId?.ToString(CultureInfo.InvariantCulture));
                Set("ActionGeo_Precision", ContractNames.Of(p.Precision));
            }

            Set("DATEADDED", e.FirstReport?.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            await WriteRowAsync(output, row).ConfigureAwait(false);
            rows++;
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>One row per per-document event in <see cref="GdeltMentionRow.Columns"/>, with the merged event it belongs to.</summary>
    /// <returns>The number of rows written.</returns>
    public static async Task<int> WriteMentionsCsvAsync(IEventQueries events, IAsyncEnumerable<Document> documents, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var merged = (await events.QueryEventsAsync(new EventQuery(), cancellationToken).ConfigureAwait(false)).ToDictionary(e => e.Id);
        await WriteRowAsync(output, GdeltMentionRow.Columns).ConfigureAwait(false);
        var rows = 0;
        await foreach (var doc in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var ids = doc.Events.Length == 0 ? [] : await events.GetDocumentEventIdsAsync(doc.Id, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < doc.Events.Length; i++)
            {
                var e = i < ids.Length && merged.TryGetValue(ids[i], out var m) ? m : null;
                await WriteRowAsync(output, GdeltMentionRow.Of(doc, i, e)).ConfigureAwait(false);
                rows++;
            }
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    private static void Write(Utf8JsonWriter w, MergedEvent e, IReadOnlyList<MergedEventMention> mentions)
    {
        w.WriteStartObject();
        w.WriteNumber("id", e.Id);
        JsonlExporter.WriteNullable(w, "source", e.Source.Length == 0 ? null : e.Source);
        JsonlExporter.WriteNullable(w, "target", e.Target.Length == 0 ? null : e.Target);
        w.WriteString("cameo", e.Code.Value);
        w.WriteString("root", e.Root.Value);
        JsonlExporter.WriteNullable(w, "plover", e.Plover == PloverCategory.None ? null : ContractNames.Of(e.Plover));
        w.WriteNumber("quad", (int)e.QuadClass);
        w.WriteNumber("goldstein", e.Goldstein);
        if (e.DateStart is { } start)
        {
            w.WriteStartObject("date_range");
            w.WriteString("start", Day(start));
            w.WriteString("end", Day(e.DateEnd ?? start));
            JsonlExporter.WriteNullable(w, "precision", e.DatePrecision?.ToString().ToLowerInvariant());
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("date_range");
        }

        if (e.Place is { } p)
        {
            w.WriteStartObject("place");
            JsonlExporter.WriteNullable(w, "name", p.Name);
            if (p.GeonameId is { } id)
            {
                w.WriteNumber("geonameid", id);
            }
            else
            {
                w.WriteNull("geonameid");
            }

            JsonlExporter.WriteNullable(w, "country", p.Country);
            w.WriteString("precision", ContractNames.Of(p.Precision));
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("place");
        }

        w.WriteNumber("num_mentions", e.NumMentions);
        w.WriteNumber("num_articles", e.NumArticles);
        w.WriteNumber("num_sources", e.NumSources);
        JsonlExporter.WriteNullable(w, "first_report", e.FirstReport is { } f ? Day(f) : null);
        JsonlExporter.WriteNullable(w, "last_report", e.LastReport is { } l ? Day(l) : null);
        // Issue 10 point 3: the event's asserters, one entry per distinct asserter with the mentions it asserts, so "only
        // the LNA's spokesman claims this" shows at a glance.
        w.WriteStartArray("asserted_by");
        foreach (var group in mentions.Where(m => m.AssertedBy is not null)
                     .GroupBy(m => (m.AssertedBy!.Kind, Name: m.AssertedBy.Name?.ToUpperInvariant(), m.AssertedBy.Actor))
                     .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Kind).ThenBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            var first = group.First().AssertedBy!;
            w.WriteStartObject();
            w.WriteString("kind", first.Kind.ToString().ToLowerInvariant());
            JsonlExporter.WriteNullable(w, "name", first.Name);
            JsonlExporter.WriteNullable(w, "actor", first.Actor?.Value);
            w.WriteNumber("mentions", group.Count());
            w.WriteNumber("articles", group.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("mentions");
        foreach (var m in mentions)
        {
            w.WriteStartObject();
            w.WriteString("document", m.DocumentId);
            w.WriteString("event", m.DocumentId + "#" + (m.Position + 1).ToString(CultureInfo.InvariantCulture)); // the per-document export's event_id
            JsonlExporter.WriteNullable(w, "source", m.Source.Length == 0 ? null : m.Source);
            JsonlExporter.WriteNullable(w, "target", m.Target.Length == 0 ? null : m.Target);
            w.WriteString("cameo", m.Code.Value);
            w.WriteStartObject("evidence");
            w.WriteNumber("start", m.Evidence.Start);
            w.WriteNumber("end", m.Evidence.End);
            w.WriteString("text", m.EvidenceText);
            w.WriteEndObject();
            w.WriteStartObject("sentence");
            w.WriteNumber("start", m.Sentence.Start);
            w.WriteNumber("end", m.Sentence.End);
            w.WriteEndObject();
            EventJson.WriteAssertion(w, m.AssertedBy, m.AssertedByText); // as the per-document export writes it
            w.WriteString("rule", m.Rule);
            JsonlExporter.WriteNullable(w, "date", m.ReportDate is { } d ? Day(d) : null);
            JsonlExporter.WriteNullable(w, "outlet", m.Outlet);
            JsonlExporter.WriteNullable(w, "url", m.Url);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task WriteRowAsync(TextWriter output, IReadOnlyList<string?> fields) =>
        output.WriteAsync(string.Join(',', fields.Select(CsvExporter.Escape)) + "\r\n");
}
