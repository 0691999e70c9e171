using Sitrep.Core.Model;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>
/// Where an event happened (issue 4 point 5): the place named in the event's own clause, else in its sentence, else
/// the document's focus country; never the dateline (where the reporter was), a place inside an organisation's name
/// or a mention judged not to be a place. Among several places in the clause or sentence the most precise wins (a
/// town over a region over a country), then the first. Pure: reads only the document's <see cref="Document.Places"/>.
/// </summary>
public static class EventPlacer
{
    /// <summary>The event's place, or null when the document has no resolved place to give.</summary>
    /// <param name="document">A document with its <see cref="Document.Places"/> layer.</param>
    /// <param name="clause">The event's clause, in <see cref="Document.Text"/>.</param>
    /// <param name="sentence">The event's sentence, in <see cref="Document.Text"/>.</param>
    public static EventPlace? Place(Document document, TextSpan clause, TextSpan sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        var places = document.Places.Where(p => p.Role == PlaceRole.Mention && p.IsResolved).ToList();
        if (Best(places.Where(p => clause.Contains(p.Span))) is { } inClause)
        {
            return new EventPlace(inClause, Precision(inClause), "clause");
        }

        if (Best(places.Where(p => sentence.Contains(p.Span))) is { } inSentence)
        {
            return new EventPlace(inSentence, Precision(inSentence), "sentence");
        }

        return Focus(places) is { } focus ? new EventPlace(focus, GeoPrecision.Country, "focus") : null;
    }

    /// <summary>The precision a place gives an event: city for populated places, region for divisions and regions, country for countries.</summary>
    public static GeoPrecision Precision(ResolvedPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place.Feature switch
        {
            null => GeoPrecision.None,
            var f when FeaturePriors.IsCountry(f) => GeoPrecision.Country,
            var f when FeaturePriors.IsPopulatedPlace(f) => GeoPrecision.City,
            _ => GeoPrecision.Region,
        };
    }

    private static ResolvedPlace? Best(IEnumerable<ResolvedPlace> places)
    {
        ResolvedPlace? best = null;
        foreach (var p in places)
        {
            if (best is null || Rank(Precision(p)) < Rank(Precision(best)))
            {
                best = p;
            }
        }

        return best;
    }

    private static int Rank(GeoPrecision precision) => precision == GeoPrecision.None ? int.MaxValue : (int)precision;

    // The country the body names most (its own mentions and those of its places); its first country-level mention.
    private static ResolvedPlace? Focus(List<ResolvedPlace> places)
    {
        var focus = places.Where(p => p.Country is not null).GroupBy(p => p.Country!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(p => p.Span.Start)).FirstOrDefault();
        return focus?.FirstOrDefault(p => Precision(p) == GeoPrecision.Country);
    }
}
