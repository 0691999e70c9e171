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
internal sealed class PlaceMentionFinder(Gazetteer gazetteer, GeoLexicon geo, EntityLexicon? words, PlaceTokenScanner scanner)
{
    private static readonly string[] DivisionWords = ["state", "province", "region", "governorate", "oblast", "prefecture", "emirate"];

    // Second-level divisions the gazetteer does not hold: the name before them is not the town of that name.
    private static readonly string[] CountyWords = [" County", " Township", " Parish", " Borough", " District", " county", " township"];

    /// <summary>The candidate mentions of <paramref name="document"/>, ordered by start, not overlapping.</summary>
    public List<PlaceMention> Find(Document document)
    {
        var text = document.Text;
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
        scanner.Scan(document, found);
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        RemoveOverlaps(found);
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
            if (!head.IsEmpty && !tail.IsEmpty && (PlaceKeys.Of(gazetteer, PlaceKeys.Find(gazetteer, text, tail.Start, tail.End)) >= Strength.City
                || IsDivision(PlaceKeys.Find(gazetteer, text, tail.Start, tail.End))))
            {
                found.Add(new PlaceMention(head, PlaceRole.Mention, "entity", m.EntityId));
                found.Add(new PlaceMention(tail, PlaceRole.Mention, "qualifier", null));
                return;
            }
        }

        found.Add(new PlaceMention(m.Span, PlaceRole.Mention, "entity", m.EntityId));
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
            || (PlaceKeys.Of(gazetteer, postings) == Strength.Major && (!isPerson || (entity.Role is null && entity.Affiliation is null))
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

        // A facility or street is a place: "Dulles International Airport", "Percy French Hotel".
        if (words.Count >= 2 && geo.FacilityLookup.Contains(text.AsSpan(words[^1].Start, words[^1].Length).TrimEnd('.')))
        {
            found.Add(new PlaceMention(m.Span, PlaceRole.Mention, "facility", m.EntityId));
            return;
        }

        // A place inside the name: at its start or after its "of" ("Karnataka Assembly", "University of Virginia"),
        // or a major place anywhere in it ("Marine Energy Wales Annual Conference", "British Embassy Tokyo").
        for (var start = 0; start < words.Count; start++)
        {
            var after = start > 0 && text.AsSpan(words[start - 1].Start, words[start - 1].Length) is "of" or "in";
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

    // "Tripoli, Lebanon", "Gainesville, Va.": a country or division right after a comma qualifies the place before it.
    private void LinkQualifiers(string text, List<PlaceMention> found)
    {
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var a = found[i];
            var b = found[i + 1];
            var gap = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End);
            // "Walker County (Ga.)" qualifies as "Walker County, Ga." does.
            if ((gap.Trim() is "," or "(") && gap.Length <= 3 && a.Role != PlaceRole.NotAPlace && !IsCountryOrDivision(text, a.Span) && !ContinuesList(text, found, i + 1))
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

    // "Alaska, Guam, Louisiana" is a list, not "Guam in Alaska": a country or division is never qualified.
    private bool IsCountryOrDivision(string text, TextSpan span)
    {
        var postings = PlaceKeys.Find(gazetteer, text, span.Start, span.End);
        if (postings.IsEmpty)
        {
            return false;
        }

        var code = gazetteer.FeatureCode(postings[0] >> 2);
        return FeaturePriors.IsCountry(code) || code == "ADM1";
    }

    // True when the mention at i is followed by ", Place" or "and Place": then it is an item of a list.
    private static bool ContinuesList(string text, List<PlaceMention> found, int i)
    {
        if (i + 1 >= found.Count)
        {
            return false;
        }

        var gap = text.AsSpan(found[i].Span.End, found[i + 1].Span.Start - found[i].Span.End).Trim();
        return gap.SequenceEqual(",") || gap.SequenceEqual("and") || gap.SequenceEqual(", and") || gap.SequenceEqual("or");
    }

    // "Hamilton County", "Washington Township": the entity layer often stops before the division word; the whole is
    // one place (a county the gazetteer may not hold), never the town of the same name.
    private static void ExtendCounties(string text, List<PlaceMention> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            foreach (var word in CountyWords)
            {
                var end = m.Span.End + word.Length;
                if (end <= text.Length && text.AsSpan(m.Span.End, word.Length).SequenceEqual(word) && (end == text.Length || !char.IsLetter(text[end])))
                {
                    found[i] = m with { Span = new TextSpan(m.Span.Start, end) };
                    break;
                }
            }
        }
    }

    // "Bosnia and Herzegovina", "Trinidad and Tobago": a name the entity layer split at "and".
    private void JoinAnd(string text, List<PlaceMention> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            var start = m.Span.Start - " and ".Length;
            if (start < 1 || !text.AsSpan(start, 5).SequenceEqual(" and "))
            {
                continue;
            }

            var wordStart = start;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart < start && char.IsUpper(text[wordStart]) && IsCountryName(PlaceKeys.Find(gazetteer, text, wordStart, m.Span.End)))
            {
                found[i] = m with { Span = new TextSpan(wordStart, m.Span.End) };
                if (i > 0 && found[i - 1].Span.Overlaps(found[i].Span))
                {
                    found.RemoveAt(i - 1);
                    i--;
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
            // Only a real person's name: a given name first ("Denzel Washington"), not "Nazi Germany".
            var space = e.Type == EntityType.Person ? e.Name.IndexOf(' ', StringComparison.Ordinal) : -1;
            if (space > 0 && words is not null && (words.Classify(e.Name.AsSpan(0, space)) & WordClass.FirstName) != 0
                && PlaceNames.Key(e.Name.AsSpan(e.Name.LastIndexOf(' ') + 1)) is { } key)
            {
                surnames.TryAdd(key, e.Name);
            }
        }

        var byKey = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[PlaceNames.MaxKeyLength];
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            var length = m.Role == PlaceRole.Embedded || m.Span.Length > 2 * PlaceNames.MaxKeyLength ? -1 : PlaceNames.Normalize(document.Text.AsSpan(m.Span.Start, m.Span.Length), buffer);
            if (length <= 0)
            {
                continue;
            }

            var key = buffer[..length];
            if (gazetteer.DemonymCountry(key) is { } country && !IsCountryName(gazetteer.Find(key)))
            {
                found[i] = m with { Role = PlaceRole.NotAPlace, Reason = $"demonym of {country}" };
            }
            else if (m.Qualifier < 0 && m.Role != PlaceRole.Dateline && surnames.Count > 0 && byKey.TryGetValue(key, out var person) && !IsCountryName(gazetteer.Find(key)))
            {
                found[i] = m with { Role = PlaceRole.NotAPlace, Reason = $"surname of {person}" };
            }
        }
    }

    private bool IsCountryName(string key) => IsCountryName(gazetteer.Find(key));

    // "Mary" of "Mary Pitman" is her name, not Mary in Turkmenistan.
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
