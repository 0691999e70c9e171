using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// Checks the reference article's places (issue 4 bar): every mention written as a gold place's name resolves as the
/// gold says (its GeoNames id, or a country or region of the right country), and the dateline place is marked as such.
/// </summary>
public static class SeedPlaceChecks
{
    /// <summary>One check per gold place.</summary>
    public static ImmutableArray<SeedCheck> Check(Document document, IEnumerable<SeedGoldPlace> gold)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(gold);
        var checks = ImmutableArray.CreateBuilder<SeedCheck>();
        foreach (var g in gold)
        {
            var expected = g.GeonameId is { } id ? $"{id} {g.Country}" : $"{g.Kind ?? "place"} in {g.Country}";
            if (g.Role == "dateline")
            {
                expected += ", dateline";
            }

            var places = document.Places.Where(p => string.Equals(p.Text, g.Name, StringComparison.OrdinalIgnoreCase) && p.Role != PlaceRole.Embedded).ToList();
            if (places.Count == 0)
            {
                checks.Add(new SeedCheck("place", g.Name, expected, "not found", false));
                continue;
            }

            var wrong = places.FirstOrDefault(p => !Fits(p, g));
            var shown = wrong ?? places[0];
            var actual = $"{places.Count}× {shown.GeonameId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {shown.Name} {shown.Country} {shown.Feature} {Role(shown)}".TrimEnd();
            checks.Add(new SeedCheck("place", g.Name, expected, actual, wrong is null));
        }

        return checks.ToImmutable();
    }

    private static bool Fits(ResolvedPlace p, SeedGoldPlace g)
    {
        if (!p.IsResolved || !string.Equals(p.Country, g.Country, StringComparison.Ordinal) || (g.Role == "dateline" && p.Role != PlaceRole.Dateline))
        {
            return false;
        }

        if (g.GeonameId is { } id)
        {
            return p.GeonameId == id;
        }

        return g.Kind switch
        {
            "country" => p.Feature is { } f && FeaturePriors.IsCountry(f),
            "region" => p.Feature is "RGN" or "ADM1",
            _ => true,
        };
    }

    private static string Role(ResolvedPlace p) => p.Role == PlaceRole.Dateline ? "(dateline)" : string.Empty;
}
