using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Core.Model;

namespace Sitrep.Store.Export;

/// <summary>
/// One event as a CSV row (issue 3 point 7): the GDELT 2.0 event-table column names where a column has a counterpart
/// (same names, same formats: <c>Day</c> YYYYMMDD, <c>QuadClass</c> 1–4, codes with leading zeros), then Sitrep's own
/// columns: the evidence with its offsets into the document text, the trigger, PLOVER, confidence and the rule.
/// GDELT columns with no counterpart (tone, mention counts across articles, ethnic and religion codes) are left out;
/// the <c>ActionGeo_*</c> columns describe the event's place (<c>ActionGeo_CountryCode</c> is FIPS 10-4 as in GDELT,
/// mapped from the place's ISO code by <see cref="FipsCountryCodes"/>, issue 10 point 7; <c>ActionGeo_FeatureID</c> is
/// the GeoNames id) and stay empty when the event has none.
/// </summary>
public static class GdeltEventRow
{
    // Codes that start with an organisation type rather than a country (CAMEO actor codebook, "international and
    // transnational actors"): their country columns stay empty and the rest names the group.
    private static readonly FrozenSet<string> GroupPrefixes = FrozenSet.ToFrozenSet(["IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "MED"], StringComparer.Ordinal);

    /// <summary>The header, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1Type1Code", "Actor1Type2Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2Type1Code", "Actor2Type2Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
        "DocumentID", "Plover", "Confidence", "ActionGeo_Precision", "DatePrecision", "DateEnd", "TriggerText",
        "EvidenceStart", "EvidenceEnd", "EvidenceText", "SentenceStart", "SentenceEnd", "Rule",
    ];

    /// <summary>The row of event <paramref name="index"/> of <paramref name="doc"/>.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="index">The event's index in <see cref="Document.Events"/>.</param>
    /// <param name="fips">ISO to FIPS 10-4 country codes; without them the country column stays empty.</param>
    public static string?[] Of(Document doc, int index, FipsCountryCodes? fips = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        fips ??= FipsCountryCodes.None;
        var e = doc.Events[index];
        var date = e.Date;
        var lead = LeadParagraph(doc);
        var (a1Country, a1Group, a1Type1, a1Type2) = e.Source is { } s ? Parts(s.Code) : (null, null, null, null);
        var (a2Country, a2Group, a2Type1, a2Type2) = e.Target is { } t ? Parts(t.Code) : (null, null, null, null);
        return
        [
            $"{doc.Id}#{index + 1}",
            date?.Start.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            date?.Start.ToString("yyyyMM", CultureInfo.InvariantCulture),
            date?.Start.ToString("yyyy", CultureInfo.InvariantCulture),
            date is { } d ? (d.Start.Year + ((d.Start.DayOfYear - 1) / 365.0)).ToString("0.0000", CultureInfo.InvariantCulture) : null,
            e.Source?.Code.Value, e.Source?.Name, a1Country, a1Group, a1Type1, a1Type2,
            e.Target?.Code.Value, e.Target?.Name, a2Country, a2Group, a2Type1, a2Type2,

            // GDELT: 1 when the event is in the lead paragraph.
            lead is { } p && doc.Sentences.Any(s => s.Paragraph == p && s.Span.Contains(e.Evidence)) ? "1" : "0",
            e.Code.Value,
            e.Code.Value.Length > 3 ? e.Code.Value[..3] : e.Code.Value,
            e.Root.Value,
            ((int)e.QuadClass).ToString(CultureInfo.InvariantCulture),
            e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture),
            "1", "1", "1",
            GeoType(e.Place), e.Place?.Place.Name, fips.Of(e.Place?.Place.Country),
            e.Place?.Place.Latitude?.ToString("0.0000", CultureInfo.InvariantCulture), e.Place?.Place.Longitude?.ToString("0.0000", CultureInfo.InvariantCulture),
            e.Place?.Place.GeonameId?.ToString(CultureInfo.InvariantCulture),
            doc.Metadata.Date?.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            doc.Metadata.Url,
            doc.Id,
            ContractNames.Of(e.Plover),
            e.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
            e.Place is { } where ? ContractNames.Of(where.Precision) : null,
            date?.Precision.ToString().ToLowerInvariant(),
            date?.End.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            doc.TextOf(e.Trigger),
            N(e.Evidence.Start), N(e.Evidence.End), doc.TextOf(e.Evidence),
            N(e.Sentence.Start), N(e.Sentence.End),
            e.Rule,
        ];
    }

    // GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state or region.
    private static string? GeoType(EventPlace? place) => place?.Precision switch
    {
        GeoPrecision.Country => "1",
        GeoPrecision.Region => place.Place.Country == "US" ? "2" : "5",
        GeoPrecision.City => place.Place.Country == "US" ? "3" : "4",
        _ => null,
    };

    // LBYGOV → (LBY, -, GOV, -); IGOUNO → (-, UNO, -, -); TURMILREB → (TUR, -, MIL, REB).
    private static (string? Country, string? Group, string? Type1, string? Type2) Parts(ActorCode code)
    {
        var v = code.Value;
        if (v.Length < 3 || code.IsNull)
        {
            return (null, null, null, null);
        }

        var head = v[..3];
        if (GroupPrefixes.Contains(head))
        {
            return (null, v.Length > 3 ? v[3..] : null, head, null);
        }

        return (head, null, v.Length >= 6 ? v[3..6] : null, v.Length >= 9 ? v[6..9] : null);
    }

    // The first paragraph with a sentence outside date headers and feed noise.
    private static int? LeadParagraph(Document doc)
    {
        foreach (var s in doc.Sentences)
        {
            if (!doc.Zones.Any(z => z.Kind is ZoneKind.DateHeader or ZoneKind.Noise or ZoneKind.Credits or ZoneKind.Heading && z.Span.Contains(s.Span)))
            {
                return s.Paragraph;
            }
        }

        return null;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
