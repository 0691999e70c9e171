using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;
using Sitrep.Corpus.Events;

namespace Sitrep.Store.Sqlite.Corpus;

/// <summary>How the merge rule's records map to the columns of <c>merged_events</c> and <c>event_mentions</c> (migration 016).</summary>
internal static class EventColumns
{
    /// <summary>The place columns of both tables, in order.</summary>
    public const string Place = "place_id, place_name, place_country, place_precision, place_lat, place_lon, place_west, place_south, place_east, place_north, place_inferred";

    /// <summary>The columns a merged event's state is read from, in order (see <see cref="ReadState"/>).</summary>
    public const string State = "source_code, target_code, code, goldstein, plover, range_start, range_end, date_start, date_end, date_precision, " + Place;

    /// <summary>The columns a mention is read from, in order (see <see cref="ReadMention"/>).</summary>
    public const string Mention = "source_code, target_code, code, goldstein, plover, date_start, date_end, date_precision, report_date, " + Place;

    /// <summary>A date as stored: ISO <c>YYYY-MM-DD</c>.</summary>
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads a merged event's state from the columns of <see cref="State"/> starting at <paramref name="at"/>.</summary>
    public static MergedEventState ReadState(SqliteDataReader r, int at) => new(
        r.GetString(at),
        r.GetString(at + 1),
        EventCode.Parse(r.GetString(at + 2)),
        r.GetDouble(at + 3),
        Enum.Parse<PloverCategory>(r.GetString(at + 4)),
        ReadPlace(r, at + 10),
        ReadDate(r, at + 7),
        new DayRange(ParseDay(r.GetString(at + 5)), ParseDay(r.GetString(at + 6))));

    /// <summary>Reads a mention from the columns of <see cref="Mention"/> starting at <paramref name="at"/>.</summary>
    public static EventMention ReadMention(SqliteDataReader r, int at) => new(
        r.GetString(at),
        r.GetString(at + 1),
        EventCode.Parse(r.GetString(at + 2)),
        r.GetDouble(at + 3),
        Enum.Parse<PloverCategory>(r.GetString(at + 4)),
        ReadPlace(r, at + 9),
        ReadDate(r, at + 5),
        r.IsDBNull(at + 8) ? null : ParseDay(r.GetString(at + 8)));

    /// <summary>The parameters of a state, named <c>$source … $north</c>.</summary>
    public static (string, object?)[] StateParameters(MergedEventState s) =>
    [
        ("$source", s.Source), ("$target", s.Target), ("$root", s.Root.Value), ("$code", s.Code.Value), ("$goldstein", s.Goldstein),
        ("$plover", s.Plover.ToString()), ("$rstart", Day(s.Range.Start)), ("$rend", Day(s.Range.End)),
        .. DateParameters(s.Date), .. PlaceParameters(s.Place),
    ];

    /// <summary>The parameters of a mention, named <c>$source … $north</c>.</summary>
    public static (string, object?)[] MentionParameters(EventMention m) =>
    [
        ("$source", m.Source), ("$target", m.Target), ("$code", m.Code.Value), ("$goldstein", m.Goldstein), ("$plover", m.Plover.ToString()),
        ("$report", m.ReportDate is { } d ? Day(d) : null), .. DateParameters(m.Date), .. PlaceParameters(m.Place),
    ];

    /// <summary>The parameter names of the place columns, in the order of <see cref="Place"/>.</summary>
    public const string PlaceValues = "$pid, $pname, $pcountry, $pprecision, $plat, $plon, $west, $south, $east, $north, $pinferred";

    private static (string, object?)[] DateParameters(MentionDate? d) =>
        [("$dstart", d is null ? null : Day(d.Start)), ("$dend", d is null ? null : Day(d.End)), ("$dprecision", d?.Precision.ToString())];

    private static (string, object?)[] PlaceParameters(MentionPlace? p) =>
    [
        ("$pid", p?.GeonameId), ("$pname", p?.Name), ("$pcountry", p?.Country), ("$pprecision", p?.Precision.ToString()),
        ("$plat", p?.Latitude), ("$plon", p?.Longitude),
        ("$west", p?.Bounds?.West), ("$south", p?.Bounds?.South), ("$east", p?.Bounds?.East), ("$north", p?.Bounds?.North),
        ("$pinferred", p is null ? null : p.Inferred ? 1 : 0),
    ];

    private static MentionPlace? ReadPlace(SqliteDataReader r, int at) => r.IsDBNull(at + 3) ? null : new MentionPlace(
        r.IsDBNull(at) ? null : r.GetInt64(at),
        r.IsDBNull(at + 1) ? null : r.GetString(at + 1),
        r.IsDBNull(at + 2) ? null : r.GetString(at + 2),
        Enum.Parse<GeoPrecision>(r.GetString(at + 3)),
        r.IsDBNull(at + 4) ? null : r.GetDouble(at + 4),
        r.IsDBNull(at + 5) ? null : r.GetDouble(at + 5),
        r.IsDBNull(at + 6) ? null : new GeoBox(r.GetDouble(at + 6), r.GetDouble(at + 7), r.GetDouble(at + 8), r.GetDouble(at + 9)))
    {
        Inferred = !r.IsDBNull(at + 10) && r.GetInt64(at + 10) != 0,
    };

    private static MentionDate? ReadDate(SqliteDataReader r, int at) => r.IsDBNull(at) ? null
        : new MentionDate(ParseDay(r.GetString(at)), ParseDay(r.GetString(at + 1)), Enum.Parse<DatePrecision>(r.GetString(at + 2)));

    private static DateOnly ParseDay(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
