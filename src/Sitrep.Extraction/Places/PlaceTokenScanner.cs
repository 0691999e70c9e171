using Sitrep.Core.Model;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Gazetteers;
using Strength = Sitrep.Extraction.Places.PlaceKeys.Strength;

namespace Sitrep.Extraction.Places;

/// <summary>
/// Finds capitalised place names the entity layer did not tag (issue 4 point 3): the longest run of up to
/// <see cref="MaxWords"/> capitalised words outside every name mention whose key the gazetteer knows, kept when it is
/// a major place (country, division, capital, region), a city, or a town in a country the document already names;
/// a single word must not be a common word, title or given name, and at a sentence start it must be major. All-caps
/// names at a paragraph start before a comma or dash are datelines (<c>ALLENDALE, N.J. —</c>); dotted abbreviations
/// (<c>N.J.</c>, <c>Va.</c>) count only with full stops inside or right after "Place,".
/// </summary>
internal sealed class PlaceTokenScanner(Gazetteer gazetteer, GeoLexicon geo, EntityLexicon? lexicon)
{
    /// <summary>Longest name scanned, in words.</summary>
    public const int MaxWords = 4;

    // Words before a place name: "at Coggeshall", "near New Quay", "between X and Y".
    private static readonly string[] Locatives = ["in", "at", "near", "from", "to", "between", "outside", "around", "towards", "toward", "via", "and", "of"];

    private const WordClass NotAName = WordClass.CommonWord | WordClass.Reporting | WordClass.Pronoun | WordClass.TitleHead | WordClass.TitleLower
        | WordClass.TitleModifier | WordClass.NonEntity | WordClass.Demonym | WordClass.OrgCue | WordClass.GroupNoun | WordClass.NameBlocker;

    /// <summary>
    /// Adds the places found to <paramref name="found"/> (unsorted), reading capitals from <paramref name="text"/>: the
    /// document's text or its truecased view (issue 8 point 4), which has the same offsets.
    /// </summary>
    public void Scan(Document document, string text, List<PlaceMention> found)
    {
        var tokens = document.Tokens;
        var taken = new bool[tokens.Length];
        foreach (var m in document.Mentions)
        {
            if (m.Kind is MentionKind.Name or MentionKind.Alias)
            {
                MarkTaken(tokens, m.Span, taken);
            }
        }

        foreach (var f in found)
        {
            MarkTaken(tokens, f.Span, taken);
        }
        var sentenceStart = new bool[tokens.Length];
        foreach (var s in document.Sentences)
        {
            for (var t = s.FirstToken; t < s.EndToken && t < tokens.Length; t++)
            {
                sentenceStart[t] = true;
                if (tokens[t].Kind is TokenKind.Word or TokenKind.Number)
                {
                    break;
                }
            }
        }

        var countries = DocumentCountries(document, found);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (taken[i] || tokens[i].Kind != TokenKind.Word || !char.IsUpper(text[tokens[i].Span.Start]))
            {
                continue;
            }

            if (text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length).Contains('-'))
            {
                ScanHyphenated(text, tokens[i].Span, found);
                continue;
            }

            var match = Longest(text, tokens, taken, i);
            if (match is not var (end, strength) || !Accept(text, tokens, i, end, strength, sentenceStart[i], countries, found, out var role))
            {
                continue;
            }

            var span = new TextSpan(tokens[i].Span.Start, tokens[end - 1].Span.End);
            found.Add(new PlaceMention(span, role, role == PlaceRole.Dateline ? "dateline" : "scan", null));
            for (var t = i; t < end; t++)
            {
                taken[t] = true;
            }

            i = end - 1;
        }
    }

    // "Amsterdam-London", "Nelson-Creston": each capitalised part that is a city or a major place.
    private void ScanHyphenated(string text, TextSpan token, List<PlaceMention> found)
    {
        var start = token.Start;
        for (var i = token.Start; i <= token.End; i++)
        {
            if (i < token.End && text[i] != '-')
            {
                continue;
            }

            if (i - start >= 3 && char.IsUpper(text[start]))
            {
                var postings = PlaceKeys.Find(gazetteer, text, start, i);
                if (PlaceKeys.Of(gazetteer, postings) >= Strength.City && !geo.CompassLookup.ContainsKey(text.AsSpan(start, i - start)))
                {
                    found.Add(new PlaceMention(new TextSpan(start, i), PlaceRole.Mention, "scan", null));
                }
            }

            start = i + 1;
        }
    }

    private (int End, Strength Strength)? Longest(string text, System.Collections.Immutable.ImmutableArray<Token> tokens, bool[] taken, int i)
    {
        var last = i;
        var longer = PlaceKeys.StartsLongerName(gazetteer, text, tokens[i].Span.Start, tokens[i].Span.End);
        for (var n = 1; longer && n < MaxWords && i + n < tokens.Length; n++)
        {
            var t = tokens[i + n];
            var gap = t.Span.Start - tokens[i + n - 1].Span.End;
            if (taken[i + n] || gap > 1 || (gap == 1 && text[t.Span.Start - 1] != ' ') || t.Kind != TokenKind.Word || !char.IsUpper(text[t.Span.Start]))
            {
                break;
            }

            last = i + n;
        }

        for (var end = last + 1; end > i; end--)
        {
            var stop = tokens[end - 1].Span.End;
            if (end < tokens.Length && tokens[end].Span.Start == stop && text[stop] == '.')
            {
                stop++; // "Va." is a word and a full stop
            }

            var postings = PlaceKeys.Find(gazetteer, text, tokens[i].Span.Start, stop);
            if (!postings.IsEmpty)
            {
                return (end, StrengthWithoutDerived(postings));
            }
        }

        return null;
    }

    // A scanned name must be a place by one of its own names: "Valley" is not "The Valley" of Anguilla.
    private Strength StrengthWithoutDerived(ReadOnlySpan<int> postings)
    {
        var best = Strength.None;
        foreach (var p in postings)
        {
            if ((NameKind)(p & 3) != NameKind.Derived && PlaceKeys.Of(gazetteer, p >> 2, (NameKind)(p & 3)) is var s && s > best)
            {
                best = s;
            }
        }

        return best;
    }

    private bool Accept(string text, System.Collections.Immutable.ImmutableArray<Token> tokens, int i, int end, Strength strength, bool sentenceStart, HashSet<ushort> countries, List<PlaceMention> found, out PlaceRole role)
    {
        role = PlaceRole.Mention;
        var first = tokens[i].Span;
        var word = text.AsSpan(first.Start, tokens[end - 1].Span.End - first.Start);
        var allCaps = IsAllCaps(word);
        var dotted = word.Contains('.') || (end < tokens.Length && tokens[end].Span.Start == tokens[end - 1].Span.End && text[tokens[end].Span.Start] == '.');
        if (allCaps && word.Length >= 3 && !dotted)
        {
            var paragraphStart = first.Start == 0 || text.AsSpan(0, first.Start).TrimEnd(' ').EndsWith("\n", StringComparison.Ordinal);
            var next = tokens[end - 1].Span.End < text.Length ? text.AsSpan(tokens[end - 1].Span.End).TrimStart(' ') : [];
            if (paragraphStart && !next.IsEmpty && next[0] is ',' or '—' or '–' or '-')
            {
                role = PlaceRole.Dateline;
                return strength >= Strength.Weak;
            }

            return strength == Strength.Major && word.Length <= 3 ? Country(word) : strength >= Strength.City && end - i > 1;
        }

        if (dotted)
        {
            // "N.J.", "D.C.", "U.S." stand alone; "Va." only right after "Place,".
            var inner = word.TrimEnd('.').Contains('.');
            var afterPlace = found.Any(f => f.Span.End <= first.Start && text.AsSpan(f.Span.End, first.Start - f.Span.End).Trim() is "," or "(");
            return strength >= Strength.City && (inner || afterPlace);
        }

        if (word.Length <= 3 && allCaps)
        {
            return Country(word);
        }

        if (end - i == 1 && geo.CompassLookup.ContainsKey(word))
        {
            return false; // "South" of "South Korean", "Western" of "Western leaders"
        }

        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[i - 1].Span.Start]) && geo.FacilityLookup.Contains(text.AsSpan(tokens[i - 1].Span.Start, tokens[i - 1].Span.Length)))
        {
            return false; // "Hotel Kyjev", "Cafe Berlin": a facility named after a place is not in it
        }

        if (strength < Strength.Major && (Follows(text, tokens, i, "the") || PossessiveOfName(text, tokens, end)))
        {
            return false; // "in the Valley"; "Eva's Village"
        }

        if (end - i == 1 && lexicon is not null)
        {
            var c = lexicon.Classify(word);
            if ((c & NotAName) != 0 && strength < Strength.Major)
            {
                return false;
            }

            if ((c & WordClass.FirstName) != 0 && strength < Strength.Major)
            {
                return false;
            }
        }

        if (sentenceStart)
        {
            return strength == Strength.Major;
        }

        var locative = i > 0 && tokens[i - 1].Kind == TokenKind.Word && PlaceKeys.IsAny(text.AsSpan(tokens[i - 1].Span.Start, tokens[i - 1].Span.Length), Locatives);
        return strength >= Strength.City
            || (strength == Strength.Medium && (locative || InCountries(text, first.Start, tokens[end - 1].Span.End, countries)))
            || (strength == Strength.Weak && locative && InCountries(text, first.Start, tokens[end - 1].Span.End, countries, Strength.Weak));
    }

    private static bool Follows(string text, System.Collections.Immutable.ImmutableArray<Token> tokens, int i, string word) =>
        i > 0 && text.AsSpan(tokens[i - 1].Span.Start, tokens[i - 1].Span.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    // "Eva's Village": a name owning a capitalised noun names a facility, not the town.
    private static bool PossessiveOfName(string text, System.Collections.Immutable.ImmutableArray<Token> tokens, int end) =>
        end + 1 < tokens.Length && tokens[end].Span.Start == tokens[end - 1].Span.End
        && text.AsSpan(tokens[end].Span.Start, tokens[end].Span.Length) is var s && s.Length == 2 && PlaceNames.IsApostrophe(s[0]) && s[1] is 's'
        && char.IsUpper(text[tokens[end + 1].Span.Start]);

    private bool Country(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[PlaceNames.MaxKeyLength];
        var length = PlaceNames.Normalize(word, buffer);
        if (length <= 0)
        {
            return false;
        }

        foreach (var p in gazetteer.Find(buffer[..length]))
        {
            if (FeaturePriors.IsCountry(gazetteer.FeatureCode(p >> 2)) && (NameKind)(p & 3) <= NameKind.Official)
            {
                return true;
            }
        }

        return false;
    }

    private bool InCountries(string text, int start, int end, HashSet<ushort> countries, Strength least = Strength.Medium)
    {
        foreach (var p in PlaceKeys.Find(gazetteer, text, start, end))
        {
            if (countries.Contains(gazetteer.CountryIndexAt(p >> 2)) && (NameKind)(p & 3) != NameKind.Derived && PlaceKeys.Of(gazetteer, p >> 2, (NameKind)(p & 3)) >= least)
            {
                return true;
            }
        }

        return false;
    }

    // Countries of the places the entity layer found (their likeliest reading), to admit towns of those countries.
    private HashSet<ushort> DocumentCountries(Document document, List<PlaceMention> found)
    {
        var set = new HashSet<ushort>();
        foreach (var f in found)
        {
            var postings = PlaceKeys.Find(gazetteer, document.Text, f.Span.Start, f.Span.End);
            if (!postings.IsEmpty && gazetteer.CountryIndexAt(postings[0] >> 2) is var c and > 0)
            {
                set.Add(c);
            }
        }

        return set;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 0;
    }

    private static void MarkTaken(System.Collections.Immutable.ImmutableArray<Token> tokens, TextSpan span, bool[] taken)
    {
        for (var t = First(tokens, span.Start); t < tokens.Length && tokens[t].Span.Start < span.End; t++)
        {
            if (tokens[t].Span.Overlaps(span))
            {
                taken[t] = true;
            }
        }
    }

    private static int First(System.Collections.Immutable.ImmutableArray<Token> tokens, int start)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Span.End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
