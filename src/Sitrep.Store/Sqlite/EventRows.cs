using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;

namespace Sitrep.Store.Sqlite;

/// <summary>Writes a document's events to the <c>events</c> table (migrations 005, 007, 008, 009, 013) and reads them back.</summary>
internal static class EventRows
{
    // The columns of migrations 005-008; those of 009 (ACLED typing) follow them (EventTypingColumns).
    private static readonly string[] BaseColumns =
    [
        "document_id", "seq", "source_code", "source_name", "source_start", "source_end", "source_entity",
        "target_code", "target_name", "target_start", "target_end", "target_entity", "code", "goldstein", "plover",
        "trigger_start", "trigger_end", "evidence_start", "evidence_end", "sentence_start", "sentence_end",
        "date_start", "date_end", "date_precision", "date_span_start", "date_span_end", "date_rule", "confidence", "rule", "paired",
        "place_seq", "place_precision", "place_rule",
    ];

    private static readonly string[] Columns = [.. BaseColumns, .. EventTypingColumns.Names, .. EventAssertionColumns.Names];

    // Every column but document_id and seq, in the order of Columns: the typing columns start at BaseColumns.Length - 2.
    private static readonly string Select = $"SELECT {string.Join(", ", Columns[2..])} FROM events WHERE document_id = $d ORDER BY seq";

    public static void Insert(CommandCache commands, SqliteTransaction tx, Document doc)
    {
        var id = doc.Id;
        RowInserter.Insert(commands, tx, "events", Columns, doc.Events.Length, (i, c) => Value(id, i, doc.Events[i], c, doc.Places));
    }

    public static ImmutableArray<DocumentEvent> Load(CommandCache commands, string documentId, ImmutableArray<ResolvedPlace> places, SqliteTransaction? tx = null)
    {
        var events = ImmutableArray.CreateBuilder<DocumentEvent>();
        using var r = commands.Get(Select, tx, ("$d", documentId)).ExecuteReader();
        while (r.Read())
        {
            var source = r.IsDBNull(0) ? null : new EventActor(ActorCode.Parse(r.GetString(0)), r.GetString(1), new TextSpan(r.GetInt32(2), r.GetInt32(3)), Int(r, 4));
            var target = r.IsDBNull(5) ? null : new EventActor(ActorCode.Parse(r.GetString(5)), r.GetString(6), new TextSpan(r.GetInt32(7), r.GetInt32(8)), Int(r, 9));
            var date = r.IsDBNull(19) ? null : new EventDate(
                DateOnly.ParseExact(r.GetString(19), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly.ParseExact(r.GetString(20), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Enum.Parse<DatePrecision>(r.GetString(21)),
                new TextSpan(r.GetInt32(22), r.GetInt32(23)),
                r.GetString(24));
            var typed = EventTypingColumns.Read(r, BaseColumns.Length - 2, new DocumentEvent(
                source, target, EventCode.Parse(r.GetString(10)), r.GetDouble(11), Enum.Parse<PloverCategory>(r.GetString(12)),
                new TextSpan(r.GetInt32(13), r.GetInt32(14)), new TextSpan(r.GetInt32(15), r.GetInt32(16)), new TextSpan(r.GetInt32(17), r.GetInt32(18)),
                date, r.GetDouble(25), r.GetString(26), r.GetInt64(27) != 0)
            {
                Place = r.IsDBNull(28) || r.GetInt32(28) >= places.Length ? null
                    : new EventPlace(places[r.GetInt32(28)], Enum.Parse<GeoPrecision>(r.GetString(29)), r.GetString(30)),
            });
            events.Add(EventAssertionColumns.Read(r, BaseColumns.Length - 2 + EventTypingColumns.Names.Length, typed));
        }

        return events.ToImmutable();
    }

    private static int? Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static object? Value(string id, int seq, DocumentEvent e, int column, ImmutableArray<ResolvedPlace> places, SqliteTransaction? tx = null) => column switch
    {
        0 => id,
        1 => seq,
        2 => e.Source?.Code.Value,
        3 => e.Source?.Name,
        4 => e.Source?.Span.Start,
        5 => e.Source?.Span.End,
        6 => e.Source?.EntityId,
        7 => e.Target?.Code.Value,
        8 => e.Target?.Name,
        9 => e.Target?.Span.Start,
        10 => e.Target?.Span.End,
        11 => e.Target?.EntityId,
        12 => e.Code.Value,
        13 => e.Goldstein,
        14 => e.Plover.ToString(),
        15 => e.Trigger.Start,
        16 => e.Trigger.End,
        17 => e.Evidence.Start,
        18 => e.Evidence.End,
        19 => e.Sentence.Start,
        20 => e.Sentence.End,
        21 => e.Date?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        22 => e.Date?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        23 => e.Date?.Precision.ToString(),
        24 => e.Date?.Span.Start,
        25 => e.Date?.Span.End,
        26 => e.Date?.Rule,
        27 => e.Confidence,
        28 => e.Rule,
        29 => e.Paired ? 1 : 0,
        30 => e.Place is { } p && places.IndexOf(p.Place) is >= 0 and var at ? at : null,
        31 => e.Place is { } p2 && places.IndexOf(p2.Place) >= 0 ? p2.Precision.ToString() : null,
        32 => e.Place is { } p3 && places.IndexOf(p3.Place) >= 0 ? p3.Rule : null,
        _ when column < BaseColumns.Length + EventTypingColumns.Names.Length => EventTypingColumns.Value(e, column - BaseColumns.Length),
        _ => EventAssertionColumns.Value(e, column - BaseColumns.Length - EventTypingColumns.Names.Length),
    };
}
