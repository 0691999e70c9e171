using Sitrep.Core.Model;

namespace Sitrep.Corpus.Events;

/// <summary>
/// When two reports are one event (issue 10 point 2, GDELT's Events and Mentions; the rules are stated in
/// docs/corpus-events.md): the same source and target actor codes, compatible CAMEO codes, compatible places and
/// overlapping date ranges. Pure functions over immutable records.
/// </summary>
public static class EventMergeRules
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>
    /// True when the codes are the same event type at two levels of detail: one is the other or lies below it
    /// (<c>19</c> and <c>193</c>, <c>195</c> and <c>1951</c>). A third-level code ending in 0 is CAMEO's "not specified
    /// below" form of its root (<c>190</c> "use conventional military force, not specified below"), so it is read as
    /// the root: <c>190</c> and <c>193</c> are compatible, <c>193</c> and <c>194</c> are not.
    /// </summary>
    public static bool CodesCompatible(EventCode a, EventCode b)
    {
        var x = Specific(a);
        var y = Specific(b);
        return x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
    }

    /// <summary>How many digits of detail a code carries (the root's "not specified" form counts as the root).</summary>
    public static int Detail(EventCode code) => Specific(code).Length;

    /// <summary>
    /// True when the places can be one place: either is missing or only inferred from its document's focus country
    /// (a mention whose text places it nowhere does not contradict one that does); the same GeoNames id; one contains the other (a country its places, a region the places inside
    /// its extent or, with no extent, within <see cref="EventMergeOptions.RegionDistanceKm"/> of its point); or, at the
    /// same precision, points within the stated distance. Places in two different countries never are.
    /// </summary>
    public static bool PlacesCompatible(MentionPlace? a, MentionPlace? b, EventMergeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (a is null || b is null || a.Inferred || b.Inferred)
        {
            return true;
        }

        if (a.GeonameId is { } id && id == b.GeonameId)
        {
            return true;
        }

        if (a.Country is null || b.Country is null || !string.Equals(a.Country, b.Country, StringComparison.Ordinal))
        {
            return false;
        }

        var (wide, narrow) = a.Precision >= b.Precision ? (a, b) : (b, a);
        if (wide.Precision == GeoPrecision.Country)
        {
            return true; // same country, which contains every place of it
        }

        if (wide.Precision == GeoPrecision.Region)
        {
            if (narrow.HasPoint && ((wide.Bounds is { } box && box.Contains(narrow.Latitude!.Value, narrow.Longitude!.Value))
                || (narrow.Precision == GeoPrecision.Region && narrow.Bounds is { } other && wide.HasPoint && other.Contains(wide.Latitude!.Value, wide.Longitude!.Value))))
            {
                return true;
            }

            return DistanceKm(wide, narrow) is { } km && km <= options.RegionDistanceKm;
        }

        return DistanceKm(wide, narrow) is { } d && d <= options.CityDistanceKm; // two cities
    }

    /// <summary>
    /// The days a mention allows, widened by <see cref="EventMergeOptions.DateToleranceDays"/> on each side: its stated
    /// range; with none, the <see cref="EventMergeOptions.UndatedWindowDays"/> up to its article's date; with no
    /// article date either, every day.
    /// </summary>
    public static DayRange RangeOf(EventMention mention, EventMergeOptions options)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(options);
        var range = mention.Date is { } d ? new DayRange(d.Start, d.End)
            : mention.ReportDate is { } r ? new DayRange(r.AddDays(-options.UndatedWindowDays), r)
            : DayRange.All;
        return range == DayRange.All ? range : range.Widen(options.DateToleranceDays);
    }

    /// <summary>A merged event of one mention.</summary>
    public static MergedEventState Start(EventMention mention, EventMergeOptions options)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return new MergedEventState(mention.Source, mention.Target, mention.Code, mention.Goldstein, mention.Plover, mention.Place, mention.Date, RangeOf(mention, options));
    }

    /// <summary>True when <paramref name="mention"/> reports the event <paramref name="state"/>: same dyad, compatible code, place and dates.</summary>
    public static bool CanMerge(MergedEventState state, EventMention mention, EventMergeOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(mention);
        return string.Equals(state.Source, mention.Source, StringComparison.Ordinal)
            && string.Equals(state.Target, mention.Target, StringComparison.Ordinal)
            && CodesCompatible(state.Code, mention.Code)
            && PlacesCompatible(state.Place, mention.Place, options)
            && state.Range.Overlaps(RangeOf(mention, options));
    }

    /// <summary>
    /// The event with one more mention (call only when <see cref="CanMerge"/>): the more specific code, the stated
    /// over the inferred and the more precise place, and the narrower stated date win, ties keep what the event had; the range narrows to the days both allow.
    /// </summary>
    public static MergedEventState Merge(MergedEventState state, EventMention mention, EventMergeOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(mention);
        var moreSpecific = Detail(mention.Code) > Detail(state.Code);
        // A stated place outranks an inferred one; between two stated (or two inferred) places the more precise wins.
        var place = state.Place is null || (mention.Place is { } p && (p.Inferred, p.Precision).CompareTo((state.Place.Inferred, state.Place.Precision)) < 0)
            ? mention.Place ?? state.Place : state.Place;
        var date = state.Date is null || (mention.Date is { } d && d.Days < state.Date.Days) ? mention.Date ?? state.Date : state.Date;
        return state with
        {
            Code = moreSpecific ? mention.Code : state.Code,
            Goldstein = moreSpecific ? mention.Goldstein : state.Goldstein,
            Plover = moreSpecific ? mention.Plover : state.Plover,
            Place = place,
            Date = date,
            Range = state.Range.Intersect(RangeOf(mention, options)),
        };
    }

    /// <summary>Great-circle distance between the places' points (km), or null when either has none.</summary>
    public static double? DistanceKm(MentionPlace a, MentionPlace b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!a.HasPoint || !b.HasPoint)
        {
            return null;
        }

        static double Rad(double deg) => deg * Math.PI / 180;
        var dLat = Rad(b.Latitude!.Value - a.Latitude!.Value);
        var dLon = Rad(b.Longitude!.Value - a.Longitude!.Value);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Rad(a.Latitude.Value)) * Math.Cos(Rad(b.Latitude.Value)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    // CAMEO's "x0" third-level codes (010, 190) say "not specified below": the root itself.
    private static string Specific(EventCode code)
    {
        var v = code.Value ?? string.Empty;
        return v.Length == 3 && v[2] == '0' ? v[..2] : v;
    }
}
