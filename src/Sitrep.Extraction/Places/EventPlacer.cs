using Sitrep.Core.Model;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>
/// Where an event happened (issue 4 point 5): the place named in the event's own clause, else in its sentence, else
/// the document's focus country; never the dateline (where the reporter was), a place inside an organisation's name
/// a mention judged not to be a place, or a name standing for a government (<see cref="PlaceRole.Metonymy"/>). In the
/// clause, a place after a locative word ("advanced to Sirte") first, then any; in the sentence, a place after a
/// locative word nearest to the clause ("meet in Turkey"), then any; ties go to the most precise (a town over a region
/// over a country). Pure: reads only the document.
/// </summary>
public static class EventPlacer
{
    // Prepositions that put an event somewhere ("in", "at", "near"); "to" and "into" for movement towards the place.
    private static readonly string[] Locatives = ["in", "at", "near", "outside", "around", "across", "inside", "into", "to", "toward", "towards", "over", "on"];

    /// <summary>The event's place, or null when the document has no resolved place to give.</summary>
    /// <param name="document">A document with its <see cref="Document.Places"/> layer.</param>
    /// <param name="clause">The event's clause, in <see cref="Document.Text"/>.</param>
    /// <param name="sentence">The event's sentence, in <see cref="Document.Text"/>.</param>
    /// <param name="actors">The spans of the event's actors: a country inside them is whose they are, not where the
    /// event happened ("the US warplanes pounded …", issue 8).</param>
    public static EventPlace? Place(Document document, TextSpan clause, TextSpan sentence, IReadOnlyList<TextSpan>? actors = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var places = document.Places.Where(p => p.Role == PlaceRole.Mention && p.IsResolved
            && (actors is null || !actors.Any(a => a.Start <= p.Span.Start && p.Span.End <= a.End))).ToList();
        var text = document.Text;

        // A place in the clause locates the event, after a locative word first ("meet in Turkey"), then the sentence's
        // nearest to the clause. Metonymic names ("Ankara said") are actors, not places, and are skipped.
        var inClause = places.Where(p => clause.Contains(p.Span)).ToList();
        var inSentence = places.Where(p => sentence.Contains(p.Span) && !clause.Contains(p.Span)).ToList();

        var found = Best(inClause.Where(p => AfterLocative(text, p.Span.Start)), clause) is { } a ? (a, "clause")
            : Best(inClause, clause) is { } b ? (b, "clause")
            : Best(inSentence.Where(p => AfterLocative(text, p.Span.Start)), clause) is { } c ? (c, "sentence")
            : Best(inSentence, clause) is { } d ? (d, "sentence")
            : default;
        if (found.Item1 is { } place)
        {
            return new EventPlace(place, Precision(place), found.Item2);
        }

        var named = document.Places.Where(p => p.Role is PlaceRole.Mention or PlaceRole.Metonymy && p.IsResolved).ToList();
        return Focus(named) is { } focus ? new EventPlace(focus, GeoPrecision.Country, "focus") : null;
    }

    /// <summary>
    /// The precision a place gives an event: city for populated places, region for divisions and regions (and for a
    /// name only placed near the document's locality), country for countries.
    /// </summary>
    public static GeoPrecision Precision(ResolvedPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place.Feature switch
        {
            null => GeoPrecision.None,
            var f when FeaturePriors.IsCountry(f) => GeoPrecision.Country,
            _ when place.IsApproximate => GeoPrecision.Region,
            var f when FeaturePriors.IsPopulatedPlace(f) => GeoPrecision.City,
            _ => GeoPrecision.Region,
        };
    }

    // The nearest to the clause (English puts where after the verb: a place before the clause counts twice as far),
    // then the most precise (a town over a region over a country), then the first.
    private static ResolvedPlace? Best(IEnumerable<ResolvedPlace> places, TextSpan clause) =>
        places.OrderBy(p => p.Span.End <= clause.Start ? 2 * (clause.Start - p.Span.End) : Math.Max(0, p.Span.Start - clause.End))
            .ThenBy(p => Rank(Precision(p)))
            .ThenBy(p => p.Span.Start)
            .FirstOrDefault();

    /// <summary>True when the word before <paramref name="start"/> (skipping "the", "the town of") is a locative preposition.</summary>
    internal static bool AfterLocative(string text, int start)
    {
        for (var hops = 0; hops < 4; hops++)
        {
            var end = start;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == end)
            {
                return false;
            }

            var word = text.AsSpan(start, end - start);
            foreach (var l in Locatives)
            {
                if (word.Equals(l, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            if (!(word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase)
                || word.Equals("town", StringComparison.OrdinalIgnoreCase) || word.Equals("city", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return false;
    }

    private static int Rank(GeoPrecision precision) => precision == GeoPrecision.None ? 5 : (int)precision;

    // The country the body names most (its own mentions and those of its places); its first country-level mention.
    private static ResolvedPlace? Focus(List<ResolvedPlace> places)
    {
        var focus = places.Where(p => p.Country is not null).GroupBy(p => p.Country!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(p => p.Span.Start)).FirstOrDefault();
        return focus?.FirstOrDefault(p => Precision(p) == GeoPrecision.Country);
    }
}
