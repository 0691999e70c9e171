using Sitrep.Core.Model;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>
/// Second thoughts on picks that do not fit the document's geography (issue 4 point 3): a small or ambiguous place
/// abroad, far from every other place of a document whose places lie in one country ("Delta" in Nigeria in a story
/// about the Nile Delta, "Salt" in Spain in a St. Louis story, "Marks" in Russia beside Colchester), or an unsure
/// guess at a small town of the document's own country far from all its other places. Such a pick gives
/// way to the mention's best candidate in that country, a division or a town near the document's places ("Virginia"
/// the Irish town beside Cavan, "North West" the South African province beside Limpopo); failing that it is dropped, and <see cref="PlaceContainers"/> puts the mention near the document's locality.
/// Capitals, cities of a hundred thousand and places of a country the document names keep their pick.
/// </summary>
internal sealed class PlaceMisfits(Gazetteer gazetteer, GeocoderOptions options)
{
    // Farther than this from every other place of the document is far.
    private const double FarKm = 300;

    // A populated place this big abroad is named for its own sake ("flew in from Denver").
    private const long BigCity = 100_000;

    // A pick less sure than this is a guess.
    private const double UnsureConfidence = 0.5;

    public void Review(PlaceResolver.Item[] items, PlaceContext context)
    {
        var named = NamedCountries(items);
        var focusIndex = new PlaceFocus(gazetteer, options, items);
        foreach (var item in items)
        {
            // A qualifier of a place is sure of its reading; a qualifier of a name no entry has ("Ramor Theatre, Virginia") is not.
            if (item.Pick < 0 || item.Mention.Role is not (PlaceRole.Mention or PlaceRole.Embedded) || item.Mention.Qualifier >= 0
                || (item.QualifierOf >= 0 && items[item.QualifierOf].Postings.Length > 0))
            {
                continue;
            }

            var entry = item.Postings[item.Pick] >> 2;
            var focus = focusIndex.Of(item.Key!);
            var country = gazetteer.CountryIndexAt(entry);
            // Abroad, or an unsure guess at home: "Stonewall" the Texan hamlet in a story about a Virginia golf club.
            var abroad = country != focus && !named.Contains(country);
            var unsure = country == focus && item.Confidence < UnsureConfidence && FeaturePriors.IsPopulatedPlace(gazetteer.FeatureCode(entry));
            if (focus == 0 || !(abroad || unsure) || !MayMisfit(item, entry) || context.NearestAnchorKm(entry, item.Key!) <= FarKm)
            {
                continue;
            }

            var best = BestIn(item, focus, context);
            if (best == item.Pick)
            {
                continue;
            }

            item.Misfit = $"{gazetteer.NameAt(entry)} ({gazetteer.CountryCode(entry)}) is far from the document's other places";
            if (best >= 0)
            {
                item.Choose(best);
            }
            else
            {
                item.Drop();
            }

            // The picks changed: count again (rare; the count is linear).
            focusIndex = new PlaceFocus(gazetteer, options, items);
        }
    }

    /// <summary>
    /// The best-scored candidate of <paramref name="item"/> in country <paramref name="focus"/>: a division wherever it
    /// lies, a town only near the document's other places; or -1.
    /// </summary>
    public int BestIn(PlaceResolver.Item item, ushort focus, PlaceContext context)
    {
        var best = -1;
        for (var k = 0; k < item.Postings.Length; k++)
        {
            var e = item.Postings[k] >> 2;
            if (gazetteer.CountryIndexAt(e) == focus && (FeaturePriors.IsDivision(gazetteer.FeatureCode(e)) || context.NearestAnchorKm(e, item.Key!) <= FarKm)
                && (best < 0 || item.Scores[k] > item.Scores[best]))
            {
                best = k;
            }
        }

        return best;
    }

    // Countries, capitals and big cities are named for their own sake.
    private bool MayMisfit(PlaceResolver.Item item, int entry)
    {
        var code = gazetteer.FeatureCode(entry);
        var kind = (NameKind)(item.Postings[item.Pick] & 3);
        if (FeaturePriors.IsCountry(code) || FeaturePriors.IsLargeArea(code) || (code == "PPLC" && kind <= NameKind.Official))
        {
            return false;
        }

        if (FeaturePriors.IsPopulatedPlace(code))
        {
            return gazetteer.Tables.Populations[entry] < BigCity;
        }

        // A division is named for its own sake when a big city of its country has its name ("Geneva"); otherwise it
        // may misfit when its name is shared or the pick unsure ("Delta").
        var shared = 0;
        foreach (var p in item.Postings)
        {
            var e = p >> 2;
            if (FeaturePriors.IsPopulatedPlace(gazetteer.FeatureCode(e)) && gazetteer.Tables.Populations[e] >= BigCity && gazetteer.CountryIndexAt(e) == gazetteer.CountryIndexAt(entry))
            {
                return false;
            }

            shared += (NameKind)(p & 3) <= NameKind.Official ? 1 : 0;
        }

        return shared > 1 || item.Confidence < options.AnchorConfidence;
    }

    // Countries the document names as places ("Nigeria" makes a Nigerian "Delta" fit).
    private HashSet<ushort> NamedCountries(PlaceResolver.Item[] items)
    {
        var named = new HashSet<ushort>();
        foreach (var item in items)
        {
            if (item.Pick >= 0 && item.Mention.Role is PlaceRole.Mention or PlaceRole.Metonymy or PlaceRole.Dateline
                && FeaturePriors.IsCountry(gazetteer.FeatureCode(item.Postings[item.Pick] >> 2)))
            {
                named.Add(gazetteer.CountryIndexAt(item.Postings[item.Pick] >> 2));
            }
        }

        return named;
    }

    /// <summary>
    /// The country holding at least half of the document's confident places (mentions of <paramref name="except"/>
    /// aside), or 0.
    /// </summary>
    public ushort FocusCountry(PlaceResolver.Item[] items, string? except) => new PlaceFocus(gazetteer, options, items).Of(except);
}
