using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;
using Sitrep.Corpus.Events;
using Sitrep.Store.Events;

namespace Sitrep.Store.Sqlite;

/// <summary>The events across documents (issue 10 point 2), read from the tables the events index keeps (migration 016).</summary>
public sealed partial class SqliteDocumentStore : IEventQueries
{
    private const string EventSelect =
        "SELECT id, source_code, target_code, code, goldstein, plover, date_start, date_end, date_precision, " + Corpus.EventColumns.Place +
        ", num_mentions, num_articles, num_sources, first_report, last_report FROM merged_events " +
        "WHERE ($actor IS NULL OR substr(source_code, 1, length($actor)) = $actor OR substr(target_code, 1, length($actor)) = $actor) " +
        "AND ($cameo IS NULL OR substr(code, 1, length($cameo)) = $cameo) AND ($plover IS NULL OR plover = $plover) " +
        "AND ($country IS NULL OR place_country = $country) AND ($placeid IS NULL OR place_id = $placeid) " +
        "AND ($placename IS NULL OR place_name = $placename COLLATE NOCASE) " +
        "AND ($since IS NULL OR COALESCE(date_end, last_report) >= $since) AND ($until IS NULL OR COALESCE(date_start, first_report) <= $until) " +
        "AND ($min IS NULL OR num_sources >= $min) ORDER BY id LIMIT $limit";

    private const string MentionSelect =
        "SELECT m.event_id, m.document_id, m.seq, m.source_code, m.target_code, e.code, e.evidence_start, e.evidence_end, e.sentence_start, e.sentence_end, " +
        "e.rule, d.date, d.source, d.url, d.text, e.assert_kind, e.assert_name, e.assert_actor, e.assert_start, e.assert_end, e.assert_quote, e.assert_medium, e.assert_rule " +
        "FROM event_mentions m JOIN events e ON e.document_id = m.document_id AND e.seq = m.seq " +
        "JOIN documents d ON d.id = m.document_id WHERE m.event_id = $id ORDER BY m.doc_sequence, m.seq";

    /// <inheritdoc />
    public Task<IReadOnlyList<MergedEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        // CAMEO's "x0" codes (190) mean the root not specified below: they select the whole root.
        var cameo = query.Cameo is { Length: 3 } c && c[2] == '0' ? c[..2] : query.Cameo;
        var placeId = long.TryParse(query.Place, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? (long?)pid : null;
        return Locked<IReadOnlyList<MergedEvent>>(
            () =>
            {
                var events = new List<MergedEvent>();
                using var r = _commands.Get(
                    EventSelect,
                    null,
                    ("$actor", query.Actor?.ToUpperInvariant()),
                    ("$cameo", cameo),
                    ("$plover", query.Plover),
                    ("$country", query.Country?.ToUpperInvariant()),
                    ("$placeid", placeId),
                    ("$placename", placeId is null ? query.Place : null),
                    ("$since", query.Since is { } s ? Corpus.EventColumns.Day(s) : null),
                    ("$until", query.Until is { } u ? Corpus.EventColumns.Day(u) : null),
                    ("$min", query.MinSources),
                    ("$limit", query.Limit ?? -1)).ExecuteReader();
                while (r.Read())
                {
                    events.Add(ReadEvent(r));
                }

                return events;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MergedEventMention>> GetEventMentionsAsync(long eventId, CancellationToken cancellationToken = default) =>
        Locked<IReadOnlyList<MergedEventMention>>(
            () =>
            {
                var mentions = new List<MergedEventMention>();
                using var r = _commands.Get(MentionSelect, null, ("$id", eventId)).ExecuteReader();
                while (r.Read())
                {
                    var evidence = new TextSpan(r.GetInt32(6), r.GetInt32(7));
                    mentions.Add(new MergedEventMention(
                        r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), EventCode.Parse(r.GetString(5)),
                        evidence, evidence.Of(r.GetString(14)), new TextSpan(r.GetInt32(8), r.GetInt32(9)), r.GetString(10),
                        Day(r, 11), r.IsDBNull(12) ? null : r.GetString(12), r.IsDBNull(13) ? null : r.GetString(13))
                    {
                        // Who asserts the mention (issue 10 point 3), with the asserter's words, when the layer was stored.
                        AssertedBy = EventAssertionColumns.ReadAssertion(r, 15),
                        AssertedByText = r.IsDBNull(18) ? null : new TextSpan(r.GetInt32(18), r.GetInt32(19)).Of(r.GetString(14)),
                    });
                }

                return mentions;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<ImmutableArray<long>> GetDocumentEventIdsAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        return Locked(
            () =>
            {
                var count = Convert.ToInt32(_commands.Get("SELECT COUNT(*) FROM events WHERE document_id = $d", null, ("$d", documentId)).ExecuteScalar(), CultureInfo.InvariantCulture);
                var ids = Enumerable.Repeat(-1L, count).ToArray();
                using var r = _commands.Get("SELECT seq, event_id FROM event_mentions WHERE document_id = $d", null, ("$d", documentId)).ExecuteReader();
                while (r.Read())
                {
                    if (r.GetInt32(0) < count)
                    {
                        ids[r.GetInt32(0)] = r.GetInt64(1);
                    }
                }

                return ids.ToImmutableArray();
            },
            cancellationToken);
    }

    private static MergedEvent ReadEvent(SqliteDataReader r)
    {
        const int place = 9;
        MentionPlace? where = r.IsDBNull(place + 3) ? null : new MentionPlace(
            r.IsDBNull(place) ? null : r.GetInt64(place),
            r.IsDBNull(place + 1) ? null : r.GetString(place + 1),
            r.IsDBNull(place + 2) ? null : r.GetString(place + 2),
            Enum.Parse<GeoPrecision>(r.GetString(place + 3)),
            r.IsDBNull(place + 4) ? null : r.GetDouble(place + 4),
            r.IsDBNull(place + 5) ? null : r.GetDouble(place + 5),
            r.IsDBNull(place + 6) ? null : new GeoBox(r.GetDouble(place + 6), r.GetDouble(place + 7), r.GetDouble(place + 8), r.GetDouble(place + 9)))
        {
            Inferred = !r.IsDBNull(place + 10) && r.GetInt64(place + 10) != 0,
        };
        return new MergedEvent(
            r.GetInt64(0), r.GetString(1), r.GetString(2), EventCode.Parse(r.GetString(3)), r.GetDouble(4), Enum.Parse<PloverCategory>(r.GetString(5)),
            Day(r, 6), Day(r, 7), r.IsDBNull(8) ? null : Enum.Parse<DatePrecision>(r.GetString(8)), where,
            r.GetInt32(20), r.GetInt32(21), r.GetInt32(22), Day(r, 23), Day(r, 24));
    }

    private static DateOnly? Day(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
