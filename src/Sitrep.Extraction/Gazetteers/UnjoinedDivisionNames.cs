using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Gazetteers;

/// <summary>
/// Joins the divisions and one-country regions of the base gazetteer that have no GeoNames id to GeoNames' own rows
/// by country and name, a division's kind word aside ("County of Ceredigion", "X District"): used by
/// <see cref="GeoNamesImporter"/>.
/// </summary>
internal static class UnjoinedDivisionNames
{
    // Divisions and one-country regions of the base without a GeoNames id, by country and name; a name two of them share
    // in one country is left out.
    internal static Dictionary<(string Country, string Key), int> UnjoinedDivisions(GazetteerBuilder builder)
    {
        var result = new Dictionary<(string, string), int>();
        var shared = new HashSet<(string, string)>();
        for (var h = 0; h < builder.Count; h++)
        {
            var p = builder[h];
            if (p.GeonameId <= 0 && p.Country is { } country && (FeaturePriors.IsDivision(p.FeatureCode) || p.FeatureCode == "RGN") && PlaceNames.Key(p.Name) is { } key
                && !result.TryAdd((country, key), h))
            {
                shared.Add((country, key));
            }
        }

        foreach (var k in shared)
        {
            result.Remove(k);
        }

        return result;
    }

    internal static int Unjoined(Dictionary<(string Country, string Key), int> unjoined, string country, string name, string ascii)
    {
        foreach (var n in new[] { name, ascii })
        {
            if (PlaceNames.Key(n) is { } key && (unjoined.Remove((country, key), out var handle)
                || (WithoutDivisionWord(key) is { } bare && unjoined.Remove((country, bare), out handle))))
            {
                return handle;
            }
        }

        return -1;
    }

    // GeoNames names second-level divisions with the kind of division around the name ("County of Ceredigion",
    // "City of Edinburgh", "Harlan County", "South Waziristan District"); our base names the same division bare.
    private static readonly string[] DivisionPrefixes = ["city and county of ", "county of ", "borough of ", "city of ", "county "];
    private static readonly string[] DivisionSuffixes = [" county", " district"];

    internal static string? WithoutDivisionWord(string key)
    {
        foreach (var prefix in DivisionPrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length + 2)
            {
                return key[prefix.Length..];
            }
        }

        foreach (var suffix in DivisionSuffixes)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length + 2)
            {
                return key[..^suffix.Length];
            }
        }

        return null;
    }
}
