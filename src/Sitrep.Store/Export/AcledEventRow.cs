using System.Globalization;
using Sitrep.Core.Model;

namespace Sitrep.Store.Export;

/// <summary>
/// One event as a row of ACLED's event table (issue 8 point 7, <c>sitrep export --format csv --what events --schema
/// acled</c>), with ACLED's column names, order and codes. Only events ACLED would code are rows: those with an
/// <see cref="DocumentEvent.Acled"/> coding that has a sub-event type (<see cref="IsAcledEvent"/>); a diplomatic event,
/// a claim of responsibility or organised crime (a CASE label outside ACLED) and events the typer left untyped are not.
/// Column rules: <c>event_date</c> is the first day of the event's resolved date (<c>YYYY-MM-DD</c>) and
/// <c>time_precision</c> how exactly it is known (<see cref="TimePrecision"/>); <c>actor1</c>/<c>actor2</c> are the
/// source and target named as ACLED names actors (<see cref="AcledActorNames"/>), <c>inter1</c>/<c>inter2</c> their
/// ACLED actor types; <c>interaction</c> and <c>civilian_targeting</c> follow <see cref="Interaction"/> and
/// <see cref="CivilianTargeting"/>; the place columns describe the event's place (<c>admin1</c>–<c>admin3</c> from
/// the gazetteer through <see cref="AcledGeography"/>, <c>geo_precision</c> by <see cref="GeoPrecisionCode"/>);
/// <c>source</c> is the document's outlet, <c>notes</c> the event's sentence, <c>fatalities</c> the stated count (0 when
/// none is stated, as ACLED). <c>assoc_actor_1</c>, <c>assoc_actor_2</c> and <c>source_scale</c> stay empty: nothing
/// in a single article says them on principle. A field with nothing to say is empty.
/// </summary>
public static class AcledEventRow
{
    /// <summary>The header: ACLED's columns, in ACLED's order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities",
    ];

    /// <summary>ACLED's value of <c>civilian_targeting</c> for an event aimed at civilians.</summary>
    public const string CivilianTargetingValue = "Civilian targeting";

    // Divisions and regions a Region-precision place stands for as a whole (GeoNames feature codes): ACLED's
    // geo-precision 3; any other Region-precision place (a site, a district of a town, a place set near a town) is 2.
    private static readonly string[] WholeRegionFeatures = ["ADM1", "ADM2", "ADMD", "RGN", "AREA", "ZN"];

    /// <summary>True when ACLED would code the event: it has an ACLED coding with a sub-event type.</summary>
    public static bool IsAcledEvent(DocumentEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Acled is { SubEventType: not null, Reported: false };
    }

    /// <summary>The row of event <paramref name="index"/> of <paramref name="doc"/>, which must be an ACLED event.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="index">The event's index in <see cref="Document.Events"/>.</param>
    /// <param name="geography">Country facts and divisions.</param>
    /// <param name="ids">The export's event ids.</param>
    /// <exception cref="ArgumentException">When the event is not an ACLED event.</exception>
    internal static string?[] Of(Document doc, int index, AcledGeography geography, AcledEventIds ids)
    {
        var e = doc.Events[index];
        var acled = IsAcledEvent(e) ? e.Acled! : throw new ArgumentException($"Event {index} of '{doc.Id}' has no ACLED sub-event type; only ACLED events are rows.", nameof(index));
        var place = e.Place?.Place;
        var country = geography.CountryOfIso2(place?.Country);
        var divisions = place is null ? default : geography.DivisionsOf(place);
        return
        [
            ids.Of(country?.Iso3, doc.Id, index),
            e.Date?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            e.Date?.Start.Year.ToString(CultureInfo.InvariantCulture),
            N(TimePrecision(e.Date)),
            acled.DisorderType is { } d ? AcledNames.Of(d) : null,
            acled.EventType is { } t ? AcledNames.Of(t) : null,
            AcledNames.Of(acled.SubEventType!.Value),
            AcledActorNames.Of(doc, e.Source, country, geography),
            null,
            N(Inter(e.Source)),
            AcledActorNames.Of(doc, e.Target, country, geography),
            null,
            N(Inter(e.Target)),
            N(Interaction(e.Source, e.Target)),
            CivilianTargeting(e.Target),
            N(country?.Numeric),
            country?.Region,
            country?.Name,
            divisions.Admin1,
            divisions.Admin2,
            divisions.Admin3,
            place?.Name ?? place?.Text,
            place?.Latitude?.ToString("0.0000", CultureInfo.InvariantCulture),
            place?.Longitude?.ToString("0.0000", CultureInfo.InvariantCulture),
            N(GeoPrecisionCode(e.Place)),
            doc.Metadata.Source,
            null,
            doc.TextOf(e.Sentence),
            (e.Fatalities?.Count ?? 0).ToString(CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>
    /// ACLED's <c>time_precision</c> (codebook, "Time precision"): 1 when the day is known; 2 when the text places the
    /// event within a week (a stated range of at most 7 days); 3 for a month, a year or a longer range; null without a date.
    /// </summary>
    public static int? TimePrecision(EventDate? date) => date switch
    {
        null => null,
        { Precision: DatePrecision.Day } => 1,
        { Precision: DatePrecision.Range } r when r.End.DayNumber - r.Start.DayNumber < 7 => 2,
        _ => 3,
    };

    /// <summary>
    /// ACLED's <c>geo_precision</c> (codebook, "Geo-precision"): 1 when the event is placed at the town or village
    /// itself (<see cref="GeoPrecision.City"/>); 2 when it is placed at a part of a region or near a town: a place set at
    /// the document's nearest locality (<see cref="ResolvedPlace.IsApproximate"/>) or a site, district or small area
    /// inside a region; 3 when only a first- or second-level division, a region or the country is known; null without a place.
    /// </summary>
    public static int? GeoPrecisionCode(EventPlace? place) => place?.Precision switch
    {
        null or GeoPrecision.None => null,
        GeoPrecision.City => 1,
        GeoPrecision.Country => 3,
        _ when place.Place.IsApproximate => 2,
        _ => place.Place.Feature is { } f && WholeRegionFeatures.Any(w => f.StartsWith(w, StringComparison.Ordinal)) ? 3 : 2,
    };

    /// <summary>
    /// ACLED's <c>interaction</c> (codebook, "Interaction codes"): the two actors' inter codes as one number, the lower
    /// first (state forces against civilians: 17); an event with one actor is its inter code times ten (protesters
    /// alone: 60). Null when the source is missing or uncategorised, or the target is there but uncategorised.
    /// </summary>
    public static int? Interaction(EventActor? source, EventActor? target)
    {
        if (Inter(source) is not { } a)
        {
            return null;
        }

        if (target is null)
        {
            return a * 10;
        }

        return Inter(target) is { } b ? (Math.Min(a, b) * 10) + Math.Max(a, b) : null;
    }

    /// <summary>ACLED's <c>civilian_targeting</c>: <see cref="CivilianTargetingValue"/> when the target is civilians, else null.</summary>
    public static string? CivilianTargeting(EventActor? target) => target?.Category == AcledActorCategory.Civilians ? CivilianTargetingValue : null;

    private static int? Inter(EventActor? actor) => actor is null || actor.Category == AcledActorCategory.None ? null : (int)actor.Category;

    private static string? N(int? n) => n?.ToString(CultureInfo.InvariantCulture);
}
