using Sitrep.Core.Model;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>The finder's second half: links between found mentions (qualifiers, lists, compass words) and not-a-place checks.</summary>
internal sealed partial class PlaceMentionFinder
{
    // "Tripoli, Lebanon", "Gainesville, Va.": a country or division right after a comma qualifies the place before it.
    private void LinkQualifiers(string text, List<PlaceMention> found)
    {
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var a = found[i];
            var b = found[i + 1];
            var gap = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End);
            // "Walker County (Ga.)" qualifies as "Walker County, Ga." does.
            if (gap.Trim() is "," && gap.Length <= 2 && a.Role == PlaceRole.Mention && b.Role is PlaceRole.Mention or PlaceRole.Metonymy && IsOwnName(text, new TextSpan(a.Span.Start, b.Span.End)))
            {
                found[i] = a with { Span = new TextSpan(a.Span.Start, b.Span.End) };
                found.RemoveAt(i + 1);
                continue;
            }

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

    // "London's Heathrow Animal Reception Center": a place in the possessive before the name of a thing is a place
    // mention of its own, and the thing's name starts after it (PlaceContainers puts the thing in the place). Words in
    // the possessive that name a place: a single word a city at least, longer names a town of some size (as
    // PlaceContainers asks of a place inside a name).
    private void SplitPossessives(string text, List<PlaceMention> found)
    {
        var scratch = new List<TextSpan>();
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Role != PlaceRole.Mention || m.Qualifier >= 0)
            {
                continue;
            }

            var words = Words(text, m.Span, scratch);
            for (var k = 0; k + 1 < words.Count; k++)
            {
                var end = words[k].End;
                if (end + 2 > text.Length || !PlaceNames.IsApostrophe(text[end]) || text[end + 1] != 's')
                {
                    continue;
                }

                var strength = PlaceKeys.Of(gazetteer, PlaceKeys.Find(gazetteer, text, m.Span.Start, end));
                if (strength >= (k == 0 ? PlaceKeys.Strength.City : PlaceKeys.Strength.Medium) && IsOwnName(text, new TextSpan(m.Span.Start, end)))
                {
                    found[i] = m with { Span = new TextSpan(words[k + 1].Start, m.Span.End) };
                    found.Insert(i, new PlaceMention(new TextSpan(m.Span.Start, end), PlaceRole.Mention, "possessive", null));
                    i++;
                }

                break;
            }
        }
    }

    // "Marks Tey", "the Near North Side": the entity layer often takes a word or two of a place's name for the whole
    // ("Marks", "Side"); up to two capitalised words right after, else up to two right before, that make with the
    // mention a place's own name belong to it (the longest such name).
    private void ExtendToLongerNames(string text, List<PlaceMention> found)
    {
        const int MaxExtraWords = 2;
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Role != PlaceRole.Mention || m.Qualifier >= 0)
            {
                continue;
            }

            var limitAfter = i + 1 < found.Count ? found[i + 1].Span.Start : text.Length;
            var limitBefore = i > 0 ? found[i - 1].Span.End : 0;
            TextSpan? longest = null;
            var end = m.Span.End;
            for (var n = 0; n < MaxExtraWords && NextWord(text, end) is { Length: > 0 } w && w.End <= limitAfter; n++)
            {
                end = w.End;
                longest = IsOwnName(text, new TextSpan(m.Span.Start, end)) ? new TextSpan(m.Span.Start, end) : longest;
            }

            var start = m.Span.Start;
            for (var n = 0; longest is null && n < MaxExtraWords && PreviousWord(text, start) is { Length: > 0 } w && w.Start >= limitBefore; n++)
            {
                start = w.Start;
            }

            while (longest is null && start < m.Span.Start)
            {
                if (IsOwnName(text, new TextSpan(start, m.Span.End)))
                {
                    longest = new TextSpan(start, m.Span.End);
                }
                else
                {
                    start = NextWord(text, text.IndexOf(' ', start)) is { Length: > 0 } next ? next.Start : m.Span.Start;
                }
            }

            if (longest is { } span)
            {
                found[i] = m with { Span = span };
            }
        }
    }

    // The capitalised word one space after end, or an empty span.
    private static TextSpan NextWord(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]))
        {
            return default;
        }

        var stop = end + 1;
        while (stop < text.Length && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return new TextSpan(end + 1, stop);
    }

    // The capitalised word one space before start, or an empty span.
    private static TextSpan PreviousWord(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ' || !char.IsLetter(text[start - 2]))
        {
            return default;
        }

        var first = start - 1;
        while (first > 0 && char.IsLetter(text[first - 1]))
        {
            first--;
        }

        return char.IsUpper(text[first]) ? new TextSpan(first, start - 1) : default;
    }

    // "Bosnia and Herzegovina", "Trinidad and Tobago": a name the entity layer split at "and". The joined name replaces
    // the mention it swallows; every qualifier link is renumbered to the mention it meant, so a link to the swallowed
    // one goes to the joined name (issue 9 point 2: a stale index past the end made the resolver throw on long texts).
    private void JoinAnd(string text, List<PlaceMention> found)
    {
        var kept = new List<PlaceMention>(found.Count);
        var index = new int[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            index[i] = kept.Count;
            var start = m.Span.Start - " and ".Length;
            if (start >= 1 && text.AsSpan(start, 5).SequenceEqual(" and "))
            {
                var wordStart = start;
                while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
                {
                    wordStart--;
                }

                if (wordStart < start && char.IsUpper(text[wordStart]) && IsCountryName(PlaceKeys.Find(gazetteer, text, wordStart, m.Span.End)))
                {
                    m = m with { Span = new TextSpan(wordStart, m.Span.End) };
                    if (kept.Count > 0 && kept[^1].Span.Overlaps(m.Span))
                    {
                        // The previous mention (and whatever pointed at it) is now this one.
                        kept.RemoveAt(kept.Count - 1);
                        for (var j = i - 1; j >= 0 && index[j] >= kept.Count; j--)
                        {
                            index[j] = kept.Count;
                        }

                        index[i] = kept.Count;
                    }
                }
            }

            kept.Add(m);
        }

        found.Clear();
        foreach (var m in kept)
        {
            found.Add(m.Qualifier >= 0 ? m with { Qualifier = index[m.Qualifier] } : m);
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
            else if (words is not null && (words.Classify(document.Text.AsSpan(m.Span.Start, m.Span.Length)) & WordClass.Demonym) != 0 && !IsCountryName(gazetteer.Find(key)))
            {
                found[i] = m with { Role = PlaceRole.NotAPlace, Reason = "a people, not a place" };
            }
            else if (m.Qualifier < 0 && m.Role != PlaceRole.Dateline && surnames.Count > 0 && byKey.TryGetValue(key, out var person) && !IsCountryName(gazetteer.Find(key)))
            {
                found[i] = m with { Role = PlaceRole.NotAPlace, Reason = $"surname of {person}" };
            }
        }
    }
}
