using Sitrep.Core.Model;

namespace Sitrep.Corpus.Events;

/// <summary>
/// Where one mention places its event, as the merge rule reads it (issue 10 point 2): the GeoNames id, the country,
/// the precision, the point and, for a region, its extent. Built from an <see cref="EventPlace"/>.
/// </summary>
/// <param name="GeonameId">The GeoNames id, or null for a place without one (an unresolved name, one of Sitrep's regions).</param>
/// <param name="Name">The place's name (for display), or null.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the place's country, or null.</param>
/// <param name="Precision">City, region or country.</param>
/// <param name="Latitude">Latitude in degrees, or null.</param>
/// <param name="Longitude">Longitude in degrees, or null.</param>
/// <param name="Bounds">A region's extent, when known.</param>
public sealed record MentionPlace(long? GeonameId, string? Name, string? Country, GeoPrecision Precision, double? Latitude, double? Longitude, GeoBox? Bounds)
{
    /// <summary>The rule of an event place taken from the document's focus country rather than stated near the event (<see cref="EventPlace.Rule"/>).</summary>
    public const string FocusRule = "focus";

    /// <summary>
    /// True when the text does not place the event: the place is the document's focus country (rule
    /// <see cref="FocusRule"/>), a guess that a re-publication with a paragraph dropped may guess otherwise.
    /// </summary>
    public bool Inferred { get; init; }

    /// <summary>The merge rule's view of an event's place; null when the event has none.</summary>
    public static MentionPlace? From(EventPlace? place) => place is null || place.Precision == GeoPrecision.None
        ? null
        : new MentionPlace(place.Place.GeonameId, place.Place.Name ?? place.Place.Text, place.Place.Country, place.Precision, place.Place.Latitude, place.Place.Longitude, place.Place.Bounds)
        {
            Inferred = string.Equals(place.Rule, FocusRule, StringComparison.Ordinal),
        };

    /// <summary>True when the place has a point.</summary>
    public bool HasPoint => Latitude is not null && Longitude is not null;
}
