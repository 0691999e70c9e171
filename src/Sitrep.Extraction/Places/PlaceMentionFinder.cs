using Sitrep.Core.Model;
using Sitrep.Extraction.Gazetteers;
using Strength = Sitrep.Extraction.Places.PlaceKeys.Strength;

namespace Sitrep.Extraction.Places;

/// <summary>
/// Finds the stretches of a document that may name places (issue 4 point 3): PLACE entity mentions; organisation or
/// person mentions that are a country or capital standing for its government (<c>Washington</c>, <c>Turkey said</c>);
/// places at the start of an organisation's name or after its "of" (<c>Winnipeg Fire Paramedic Service</c>); the
/// dateline; and capitalised names the entity layer missed (<see cref="PlaceTokenScanner"/>). Then links qualifiers
/// ("Tripoli, Lebanon"), compass words ("eastern Libya") and marks what is not a place (a demonym, a person's surname).
/// </summary>
internal sealed class PlaceMentionFinder(Gazetteer gazetteer, GeoLexicon geo, PlaceTokenScanner scanner)
{
    private static readonly string[] DivisionWords = ["state", "province", "region", "governorate", "oblast", "prefecture", "emirate"];

    /// <summary>The candidate mentions of <paramref name="document"/>, ordered by start, not overlapping.</summary>
    public List<PlaceMention> Find(Document document)
    {
        var text = document.Text;
        var found = new List<PlaceMention>();
        foreach (var m in document.Mentions)
        {
            if (m.Kind is not (MentionKind.Name or MentionKind.Alias) || m.EntityId < 0 || m.EntityId >= document.Entities.Length)
            {
                continue;
            }

            var entity = document.Entities[m.EntityId];
            switch (entity.Type)
            {
                case EntityType.Place:
                    AddPlace(text, m, found);
                    break;
                case EntityType.Org or EntityType.Person:
                    AddFromName(text, m, entity, found);
                    break;
            }
        }

        MarkDateline(document, found);
        scanner.Scan(document, found);
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        RemoveOverlaps(found);
        LinkQualifiers(text, found);
        AddCompass(text, found);
        MarkNotPlaces(document, found);
        return found;
    }

    // A PLACE mention; "Paris, Texas" written as one mention becomes the place and its qualifier.
    private void AddPlace(string text, Mention m, List<PlaceMention> found)
    {
        var comma = text.IndexOf(',', m.Span.Start, m.Span.Length);
        if (comma > m.Span.Start)
        {
            var head = Trim(text, m.Span.Start, comma);
            var tail = Trim(text, comma + 1, m.Span.End);
            if (!head.IsEmpty && !tail.IsEmpty && PlaceKeys.Of(gazetteer, PlaceKeys.Find(gazetteer, text, tail.Start, tail.End)) == Strength.Major)
            {
                found.Add(new PlaceMention(head, PlaceRole.Mention, "entity", m.EntityId));
                found.Add(new PlaceMention(tail, PlaceRole.Mention, "qualifier", null));
                return;
            }
        }

        found.Add(new PlaceMention(m.Span, PlaceRole.Mention, "entity", m.EntityId));
    }

    // Metonymy ("Turkey said", "Washington"), "<division> state", or a place inside the name.
    private void AddFromName(string text, Mention m, Entity entity, List<PlaceMention> found)
    {
        var postings = PlaceKeys.Find(gazetteer, text, m.Span.Start, m.Span.End);
        var isPerson = entity.Type == EntityType.Person;
        if (!postings.IsEmpty && PlaceKeys.Of(gazetteer, postings) == Strength.Major && (!isPerson || (entity.Role is null && entity.Affiliation is null))
            && string.Equals(PlaceNames.Key(entity.Name), PlaceNames.Key(text.AsSpan(m.Span.Start, m.Span.Length)), StringComparison.Ordinal))
        {
            found.Add(new PlaceMention(m.Span, PlaceRole.Mention, "metonymy", m.EntityId));
            return;
        }

        var words = Words(text, m.Span);
        if (words.Count >= 2 && !isPerson && DivisionWords.Contains(text[words[^1].Start..words[^1].End].ToLowerInvariant())
            && PlaceKeys.Of(gazetteer, PlaceKeys.Find(gazetteer, text, words[0].Start, words[^2].End)) >= Strength.Medium)
        {
            found.Add(new PlaceMention(m.Span, PlaceRole.Mention, "division", m.EntityId));
            return;
        }

        // A place at the start of the name, or after its "of": "Karnataka Assembly", "University of Virginia".
        for (var start = 0; start < words.Count; start++)
        {
            var after = start > 0 && text[words[start - 1].Start..words[start - 1].End] is "of" or "in";
            if (start > 0 && !after)
            {
                continue;
            }

            if (after && start < words.Count - 1 && text[words[start].Start..words[start].End] is "the")
            {
                start++;
            }

            for (var end = Math.Min(words.Count - (start == 0 ? 1 : 0), start + 4); end > start; end--)
            {
                var postingsIn = PlaceKeys.Find(gazetteer, text, words[start].Start, words[end - 1].End);
                var strength = PlaceKeys.Of(gazetteer, postingsIn);
                if (strength == Strength.Major || (strength == Strength.City && !isPerson))
                {
                    found.Add(new PlaceMention(new TextSpan(words[start].Start, words[end - 1].End), PlaceRole.Embedded, "embedded", null));
                    return;
                }
            }
        }
    }

    private static void MarkDateline(Document document, List<PlaceMention> found)
    {
        foreach (var zone in document.Zones)
        {
            if (zone.Kind != ZoneKind.Dateline)
            {
                continue;
            }

            for (var i = 0; i < found.Count; i++)
            {
                if (found[i].Span.Overlaps(zone.Span))
                {
                    found[i] = found[i] with { Role = PlaceRole.Dateline, Source = "dateline" };
                }
            }
        }
    }

    // Keeps the first of overlapping mentions (entity mentions come before scanned ones at the same start).
    private static void RemoveOverlaps(List<PlaceMention> found)
    {
        var keep = new List<PlaceMention>(found.Count);
        foreach (var m in found)
        {
            if (keep.Count == 0 || !keep[^1].Span.Overlaps(m.Span))
            {
                keep.Add(m);
            }
            else if (m.Span.Length > keep[^1].Span.Length && keep[^1].Source is "embedded" or "scan")
            {
                keep[^1] = m;
            }
        }

        found.Clear();
        found.AddRange(keep);
    }

    // "Tripoli, Lebanon", "Gainesville, Va.": a country or division right after a comma qualifies the place before it.
    private void LinkQualifiers(string text, List<PlaceMention> found)
    {
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var a = found[i];
            var b = found[i + 1];
            var gap = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End);
            if (gap.Trim().SequenceEqual(",") && gap.Length <= 3 && a.Role != PlaceRole.NotAPlace)
            {
                var postings = PlaceKeys.Find(gazetteer, text, b.Span.Start, b.Span.End);
                foreach (var p in postings)
                {
                    var code = gazetteer.FeatureCode(p >> 2);
                    if (FeaturePriors.IsCountry(code) || code == "ADM1")
                    {
                        found[i] = a with { Qualifier = i + 1 };
                        break;
                    }
                }
            }
        }
    }

    // "eastern Libya", "north-east Syria": the compass word before a name; "South Sudan" split by the entity layer is rejoined.
    private void AddCompass(string text, List<PlaceMention> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            var end = m.Span.Start - 1;
            if (end < 1 || text[end] != ' ' || m.Role is PlaceRole.Embedded)
            {
                continue;
            }

            var start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-'))
            {
                start--;
            }

            if (start == end || (i > 0 && found[i - 1].Span.End > start) || !geo.CompassLookup.TryGetValue(text.AsSpan(start, end - start), out var part))
            {
                continue;
            }

            var whole = new TextSpan(start, m.Span.End);
            if (char.IsUpper(text[start]) && !PlaceKeys.Find(gazetteer, text, whole.Start, whole.End).IsEmpty)
            {
                found[i] = m with { Span = whole };
            }
            else
            {
                found[i] = m with { Compass = (part, text[start..end], whole) };
            }
        }
    }

    // A demonym ("Libyan") or the surname of a person the document names ("Washington" after "Denzel Washington") is no place.
    private void MarkNotPlaces(Document document, List<PlaceMention> found)
    {
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in document.Entities)
        {
            var space = e.Type == EntityType.Person ? e.Name.LastIndexOf(' ') : -1;
            if (space > 0 && PlaceNames.Key(e.Name.AsSpan(space + 1)) is { } key)
            {
                surnames.TryAdd(key, e.Name);
            }
        }

        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Role == PlaceRole.Embedded || PlaceNames.Key(document.Text.AsSpan(m.Span.Start, m.Span.Length)) is not { } key)
            {
                continue;
            }

            if (gazetteer.DemonymCountry(key) is { } country && !IsCountryName(key))
            {
                found[i] = m with { Role = PlaceRole.NotAPlace, Reason = $"demonym of {country}" };
            }
            else if (m.Qualifier < 0 && m.Role != PlaceRole.Dateline && surnames.TryGetValue(key, out var person))
            {
                found[i] = m with { Role = PlaceRole.NotAPlace, Reason = $"surname of {person}" };
            }
        }
    }

    private bool IsCountryName(string key)
    {
        foreach (var p in gazetteer.Find(key))
        {
            if (FeaturePriors.IsCountry(gazetteer.FeatureCode(p >> 2)) && (NameKind)(p & 3) <= NameKind.Official)
            {
                return true;
            }
        }

        return false;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(text[end - 1]) && text[end - 1] != '.')
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    // Whitespace-separated words of a span.
    internal static List<TextSpan> Words(string text, TextSpan span)
    {
        var words = new List<TextSpan>();
        var i = span.Start;
        while (i < span.End)
        {
            while (i < span.End && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < span.End && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var end = i;
            if (end - start > 2 && text[end - 1] is 's' && PlaceNames.IsApostrophe(text[end - 2]))
            {
                end -= 2; // "London’s"
            }

            while (end > start && !char.IsLetterOrDigit(text[end - 1]) && text[end - 1] != '.')
            {
                end--;
            }

            if (end > start)
            {
                words.Add(new TextSpan(start, end));
            }
        }

        return words;
    }
}
