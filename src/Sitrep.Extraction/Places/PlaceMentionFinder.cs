using Sitrep.Core.Model;
using Sitrep.Extraction.Entities;
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
internal sealed partial class PlaceMentionFinder(Gazetteer gazetteer, GeoLexicon geo, EntityLexicon? words, PlaceTokenScanner scanner)
{
    private static readonly string[] DivisionWords = ["state", "province", "region", "governorate", "oblast", "prefecture", "emirate"];

    // Bodies named after whom they represent: the place after their "of" is not where they are.
    private static readonly string[] RepresentationWords = ["embassy", "consulate", "summit", "mission", "delegation", "commission"];

    // Second-level divisions the gazetteer does not hold: the name before them is not the town of that name.
    private static readonly string[] CountyWords = [" County", " Township", " Parish", " Borough", " District", " county", " township"];

    /// <summary>The candidate mentions of <paramref name="document"/>, ordered by start, not overlapping.</summary>
    public List<PlaceMention> Find(Document document)
    {
        // Lower-case and all-caps sentences are read through the entity lexicon's truecased view (issue 8 point 4): the
        // same offsets, capitals where newsroom text would have them.
        var text = words?.Truecaser.View(document) ?? document.Text;
        var found = new List<PlaceMention>();
        var scratch = new List<TextSpan>();
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
                    AddFromName(text, m, entity, found, scratch);
                    break;
            }
        }

        MarkDateline(document, found);
        ExtendCounties(text, found);
        scanner.Scan(document, text, found);
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        RemoveOverlaps(found);
        SplitPossessives(text, found);
        ExtendToLongerNames(text, found);
        LinkQualifiers(text, found);
        JoinAnd(text, found);
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
            // "Percy French Hotel, Ballyjamesduff": a facility is qualified by its town, whatever the town's size, when
            // the town's name is its own and no other place's ("Oulton Park, Cheshire" names a county the gazetteer
            // lacks, and Cheshire's towns in Connecticut and Massachusetts would only mislead).
            if (!head.IsEmpty && !tail.IsEmpty && !IsOwnName(text, m.Span) && (PlaceKeys.Of(gazetteer, PlaceKeys.Find(gazetteer, text, tail.Start, tail.End)) >= Strength.City
                || IsDivision(PlaceKeys.Find(gazetteer, text, tail.Start, tail.End))
                || (IsFacility(text, head) && PlaceKeys.Find(gazetteer, text, tail.Start, tail.End).Length == 1 && IsOwnName(text, tail))))
            {
                found.Add(new PlaceMention(head, PlaceRole.Mention, "entity", m.EntityId));
                found.Add(new PlaceMention(tail, PlaceRole.Mention, "qualifier", null));
                return;
            }
        }

        found.Add(new PlaceMention(m.Span, PlaceRole.Mention, "entity", m.EntityId));
    }

    // A facility by its word: "Percy French Hotel", "Hotel Kyjev".
    private bool IsFacility(string text, TextSpan span)
    {
        var words = Words(text, span);
        return words.Count >= 2 && (geo.FacilityLookup.Contains(text.AsSpan(words[^1].Start, words[^1].Length).TrimEnd('.')) || geo.IsNamedFacility(text, words));
    }

    // "Washington, D.C.": a name with a comma that is some place's own name is not a place and its qualifier.
    private bool IsOwnName(string text, TextSpan span)
    {
        foreach (var p in PlaceKeys.Find(gazetteer, text, span.Start, span.End))
        {
            if ((NameKind)(p & 3) <= NameKind.Official)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsDivision(ReadOnlySpan<int> postings)
    {
        foreach (var p in postings)
        {
            if (FeaturePriors.IsDivision(gazetteer.FeatureCode(p >> 2)) && (NameKind)(p & 3) <= NameKind.Official)
            {
                return true;
            }
        }

        return false;
    }

    // Metonymy ("Turkey said", "Washington"), "<division> state", or a place inside the name.
    private void AddFromName(string text, Mention m, Entity entity, List<PlaceMention> found, List<TextSpan> scratch)
    {
        var postings = PlaceKeys.Find(gazetteer, text, m.Span.Start, m.Span.End);
        var isPerson = entity.Type == EntityType.Person;

        // A country's name is the country (or its government) whatever the entity layer made of it ("Iran said").
        if (!postings.IsEmpty && (IsCountryName(postings)
            || (PlaceKeys.Of(gazetteer, postings) == Strength.Major && (!isPerson || (entity.Role is null && entity.Affiliation is null)) && !IsCueWord(text, m.Span)
                && SameKey(entity.Name, text.AsSpan(m.Span.Start, m.Span.Length)))))
        {
            found.Add(new PlaceMention(m.Span, PlaceRole.Metonymy, "metonymy", m.EntityId));
            return;
        }

        var words = Words(text, m.Span, scratch);
        if (words.Count >= 2 && !isPerson && PlaceKeys.IsAny(text.AsSpan(words[^1].Start, words[^1].Length), DivisionWords)
            && PlaceKeys.Of(gazetteer, PlaceKeys.Find(gazetteer, text, words[0].Start, words[^2].End)) >= Strength.Medium)
        {
            found.Add(new PlaceMention(m.Span, PlaceRole.Mention, "division", m.EntityId));
            return;
        }

        // A facility or street is a place: "Dulles International Airport", "Percy French Hotel", "Hotel Kyjev".
        if (words.Count >= 2 && (geo.FacilityLookup.Contains(text.AsSpan(words[^1].Start, words[^1].Length).TrimEnd('.'))
            || geo.IsNamedFacility(text, words)))
        {
            found.Add(new PlaceMention(m.Span, PlaceRole.Mention, "facility", m.EntityId));
            return;
        }

        // A place inside the name: at its start or after its "of" ("Karnataka Assembly", "University of Virginia"),
        // or a major place anywhere in it ("Marine Energy Wales Annual Conference", "British Embassy Tokyo").
        for (var start = 0; start < words.Count; start++)
        {
            var after = start > 0 && text.AsSpan(words[start - 1].Start, words[start - 1].Length) is "of" or "in";

            // "Embassy of the Republic of Armenia", "Summit of the Americas": named for whom it represents, not where it is.
            if (after && Represents(text, words, start))
            {
                return;
            }

            if (after && start < words.Count - 1 && text.AsSpan(words[start].Start, words[start].Length) is "the")
            {
                continue;
            }

            var longest = PlaceKeys.StartsLongerName(gazetteer, text, words[start].Start, words[start].End) ? Math.Min(words.Count, start + 4) : start + 1;
            for (var end = longest; end > start; end--)
            {
                if (start == 0 && end == words.Count)
                {
                    continue;
                }

                var postingsIn = PlaceKeys.Find(gazetteer, text, words[start].Start, words[end - 1].End);
                var strength = PlaceKeys.Of(gazetteer, postingsIn);

                // In a person's name only a country, or a major place at its start ("Holy See Mikayel Minasyan"):
                // "Washington" in "Denzel Washington" is a surname.
                var enough = isPerson
                    ? IsCountryName(postingsIn) || (start == 0 && strength == Strength.Major && !IsGivenName(text.AsSpan(words[0].Start, words[0].Length)))
                    : strength == Strength.Major || (strength == Strength.City && (start == 0 || after));
                if (enough && (end - start > 1 || !geo.CompassLookup.ContainsKey(text.AsSpan(words[start].Start, words[start].Length))))
                {
                    found.Add(new PlaceMention(new TextSpan(words[start].Start, words[end - 1].End), PlaceRole.Embedded, "embedded", null));
                    return;
                }
            }
        }
    }

    // True when a word before the "of" ending at words[start - 1] is one of RepresentationWords.
    private static bool Represents(string text, List<TextSpan> words, int start)
    {
        for (var k = 0; k < start - 1; k++)
        {
            if (PlaceKeys.IsAny(text.AsSpan(words[k].Start, words[k].Length), RepresentationWords))
            {
                return true;
            }
        }

        return false;
    }

    // The dateline zone ("RALEIGH, N.C. (AP) -"): its place, and the country or division after its comma.
    private void MarkDateline(Document document, List<PlaceMention> found)
    {
        var text = document.Text;
        foreach (var zone in document.Zones)
        {
            if (zone.Kind != ZoneKind.Dateline)
            {
                continue;
            }

            var any = false;
            for (var i = 0; i < found.Count; i++)
            {
                if (found[i].Span.Overlaps(zone.Span))
                {
                    found[i] = found[i] with { Role = PlaceRole.Dateline, Source = "dateline" };
                    any = true;
                }
            }

            var end = zone.Span.Start;
            while (end < zone.Span.End && text[end] is not (',' or '(' or '–' or '—') && !(text[end] == '-' && end + 1 < zone.Span.End && text[end + 1] is ' ' or '-'))
            {
                end++;
            }

            var head = Trim(text, zone.Span.Start, end);
            if (!any && !head.IsEmpty)
            {
                found.Add(new PlaceMention(head, PlaceRole.Dateline, "dateline", null));
            }

            if (end < zone.Span.End && text[end] == ',')
            {
                var stop = end + 1;
                while (stop < zone.Span.End && text[stop] is not ('(' or '–' or '—') && !(text[stop] == '-' && stop + 1 < zone.Span.End && text[stop + 1] is ' ' or '-'))
                {
                    stop++;
                }

                var tail = Trim(text, end + 1, stop);
                if (!tail.IsEmpty && !PlaceKeys.Find(gazetteer, text, tail.Start, tail.End).IsEmpty && !found.Any(f => f.Span.Overlaps(tail)))
                {
                    found.Add(new PlaceMention(tail, PlaceRole.Dateline, "dateline", null));
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

    private bool IsCountryName(string key) => IsCountryName(gazetteer.Find(key));

    // "Mary" of "Mary Pitman" is her name, not Mary in Turkmenistan.
    // "the Centre" (India's central government), "Council": a lone word the entity lexicon knows as a cue or common
    // word names an institution, not the division that shares it.
    private bool IsCueWord(string text, TextSpan span) =>
        words is not null && !text.AsSpan(span.Start, span.Length).Contains(' ')
        && (words.Classify(text.AsSpan(span.Start, span.Length)) & (WordClass.OrgCue | WordClass.CommonWord)) != 0;

    private bool IsGivenName(ReadOnlySpan<char> word) => words is not null && (words.Classify(word) & WordClass.FirstName) != 0;

    private static bool SameKey(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<char> x = stackalloc char[PlaceNames.MaxKeyLength];
        Span<char> y = stackalloc char[PlaceNames.MaxKeyLength];
        var lx = PlaceNames.Normalize(a, x);
        var ly = PlaceNames.Normalize(b, y);
        return lx > 0 && lx == ly && x[..lx].SequenceEqual(y[..ly]);
    }

    private bool IsCountryName(ReadOnlySpan<int> postings)
    {
        foreach (var p in postings)
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

    // Whitespace-separated words of a span, into a list the caller may reuse.
    internal static List<TextSpan> Words(string text, TextSpan span, List<TextSpan>? words = null)
    {
        words ??= [];
        words.Clear();
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
