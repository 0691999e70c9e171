namespace Sitrep.Corpus.Events;

/// <summary>The stated thresholds of the merge rule (issue 10 point 2; docs/corpus-events.md).</summary>
public sealed record EventMergeOptions
{
    /// <summary>Default for <see cref="CityDistanceKm"/>: 25 km, a city and its suburbs (Tripoli and Tajoura are 20 km apart).</summary>
    public const double DefaultCityDistanceKm = 25;

    /// <summary>Default for <see cref="RegionDistanceKm"/>: 150 km, about the radius of a first-level division.</summary>
    public const double DefaultRegionDistanceKm = 150;

    /// <summary>Default for <see cref="UndatedWindowDays"/>: an undated event is reported within 3 days of happening.</summary>
    public const int DefaultUndatedWindowDays = 3;

    /// <summary>
    /// Default for <see cref="DateToleranceDays"/>: 1 day, because a re-publication dated a day later resolves
    /// "yesterday" and "on Tuesday" against its own date, and wire dates straddle time zones.
    /// </summary>
    public const int DefaultDateToleranceDays = 1;

    /// <summary>Two places at city precision are one place when their points are this close (km).</summary>
    public double CityDistanceKm { get; init; } = DefaultCityDistanceKm;

    /// <summary>
    /// Two places at region precision are one place when their points are this close (km); a region whose extent is
    /// unknown contains a city this close to the region's point.
    /// </summary>
    public double RegionDistanceKm { get; init; } = DefaultRegionDistanceKm;

    /// <summary>An undated mention happened within this many days before its article's date (or on it).</summary>
    public int UndatedWindowDays { get; init; } = DefaultUndatedWindowDays;

    /// <summary>Each mention's date range is widened by this many days on each side before ranges are compared.</summary>
    public int DateToleranceDays { get; init; } = DefaultDateToleranceDays;

    /// <summary>The default options.</summary>
    public static EventMergeOptions Default { get; } = new();
}
