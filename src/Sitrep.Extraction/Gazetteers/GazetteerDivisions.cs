namespace Sitrep.Extraction.Gazetteers;

/// <summary>The administrative divisions a gazetteer place lies in (issue 8 point 7: ACLED's <c>admin1</c> column).</summary>
public static class GazetteerDivisions
{
    /// <summary>
    /// The name of the first-level division the place with GeoNames id <paramref name="geonameId"/> lies in: its own
    /// name when it is one (<c>ADM1</c>), else the division its GeoNames admin1 code names in its country; null for an
    /// unknown id, a country, or a place without an admin1 code or whose division the gazetteer does not hold. The
    /// gazetteer keeps second-level division codes only for the geocoder's containment evidence, not their names, so there
    /// is no admin2 or admin3 here.
    /// </summary>
    public static string? Admin1NameOf(this Gazetteer gazetteer, long? geonameId)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        if (geonameId is not (> 0 and <= int.MaxValue) || gazetteer.IndexOf((int)geonameId.Value) is not (>= 0 and var index))
        {
            return null;
        }

        var entry = gazetteer[index];
        if (entry.FeatureCode.StartsWith("ADM1", StringComparison.Ordinal))
        {
            return entry.Name;
        }

        if (FeaturePriors.IsCountry(entry.FeatureCode) || entry.Admin1.Length == 0 || entry.Country.Length == 0)
        {
            return null;
        }

        return gazetteer.Admin1Entry(entry.Country, entry.Admin1) is >= 0 and var division ? gazetteer[division].Name : null;
    }
}
