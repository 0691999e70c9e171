using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Reads what the words around a candidate say about it: acronyms in parentheses next to an organisation
/// (<c>Haftar National Army (LNA)</c>, <c>(GNA) National Accord Government</c>), reporting verbs next to a name, and a
/// person's role and affiliation from an appositive (<c>X, a research fellow at the Klingendael Institute</c>), a
/// lower-case title (<c>veteran commander X</c>) or a possessive organisation (<c>X’s (GNA) National Accord Government</c>).
/// </summary>
internal static class MentionLinker
{
    /// <summary>Most words an appositive role may have.</summary>
    public const int MaxRoleWords = 6;

    private static readonly string[] RoleStops = ["and", "or", "but", "who", "whose", "which", "that", "at", "of", "in", "for", "with", "from", "on", "to", "said", "says", "told", "is", "was", "has", "had", "will", "would", "as", "by"];

    public static List<Candidate> Link(EntityLexicon lex, in TokenView view, List<Candidate> sorted)
    {
        var byFirst = new Dictionary<int, int>();
        for (var k = 0; k < sorted.Count; k++)
        {
            byFirst.TryAdd(sorted[k].FirstToken, k);
        }

        sorted = MergeCommaPlaces(lex, view, sorted);
        byFirst.Clear();
        for (var k = 0; k < sorted.Count; k++)
        {
            byFirst.TryAdd(sorted[k].FirstToken, k);
        }

        var result = new List<Candidate>(sorted.Count);
        var aliasOf = new Dictionary<int, string>();
        for (var k = 0; k < sorted.Count; k++)
        {
            var c = sorted[k];

            // "Vishwa Hindu Parishad (VHP)": a name whose initials an acronym in parentheses spells is an organisation's
            // (people have no acronyms; issue 8 point 4).
            if (c.Type is EntityType.Person or null && c.Kind == MentionKind.Name && c.Role is null && c.LastToken > c.FirstToken
                && IsParenthesisedAcronym(view, c.LastToken + 1, out var spelt) && SpellsInitials(view, c.FirstToken, c.LastToken, view[spelt]))
            {
                c = c with { Type = EntityType.Org, Gender = WordClass.None };
            }

            if (c.Type == EntityType.Org && c.LastToken > c.FirstToken)
            {
                // Long form (ACR)
                var after = c.LastToken + 1;
                if (IsParenthesisedAcronym(view, after, out var acr) && byFirst.TryGetValue(after + 1, out var ak))
                {
                    aliasOf[ak] = c.GroupKey ?? c.Name;
                    c = c with { Acronym = c.Acronym ?? view.String(acr) };
                }
                else if (IsParenthesisedAcronymBefore(view, c.FirstToken, out var bacr) && byFirst.TryGetValue(bacr, out var bk) && !aliasOf.ContainsKey(bk))
                {
                    aliasOf[bk] = c.GroupKey ?? c.Name;
                    c = c with { Acronym = c.Acronym ?? view.String(bacr) };
                }
            }

            result.Add(c);
        }

        for (var k = 0; k < result.Count; k++)
        {
            var c = result[k];
            if (aliasOf.TryGetValue(k, out var longForm))
            {
                c = c with { Type = EntityType.Org, Kind = MentionKind.Alias, GroupKey = longForm };
            }

            if (c.Type is EntityType.Person or null && c.FirstToken >= 0)
            {
                c = c with { IsSpeaker = IsReporting(lex, view, c.FirstToken - 1) || IsReporting(lex, view, c.LastToken + 1) };
                if (c.Type == EntityType.Person)
                {
                    c = FindRole(lex, view, c, result, byFirst);
                }
            }

            result[k] = c;
        }

        return result;
    }

    /// <summary>
    /// "Woodbridge, Virginia", "Istanbul, Turkey": a place and the region or country it lies in are one mention; also
    /// after a comma that ends another kind of name ("5th Special Forces Group, Fort Campbell, Kentucky"), but not inside
    /// a list of places ("Jordan, Lebanon, Syria").
    /// </summary>
    private static List<Candidate> MergeCommaPlaces(EntityLexicon lex, in TokenView view, List<Candidate> sorted)
    {
        var merged = new List<Candidate>(sorted.Count);
        for (var k = 0; k < sorted.Count; k++)
        {
            var c = sorted[k];
            if (c.Type == EntityType.Place && k + 1 < sorted.Count && c.LastToken >= 0 && sorted[k + 1] is { Type: EntityType.Place } next
                && next.FirstToken == c.LastToken + 2 && view[c.LastToken + 1] is "," && next.Sentence == c.Sentence
                && !(k + 2 < sorted.Count && sorted[k + 2].Type == EntityType.Place && sorted[k + 2].FirstToken == next.LastToken + 2)
                && (next.LastToken + 1 >= view.Count || view[next.LastToken + 1] is not "and") && !(c.FirstToken > 0 && view[c.FirstToken - 1] is "," && k > 0 && merged.Count > 0 && merged[^1] is { Type: EntityType.Place } before && before.LastToken == c.FirstToken - 2)
                && CanContain(lex, c.Name, next.Name))
            {
                merged.Add(c with { Span = c.Span.Union(next.Span), Name = view.Range(c.FirstToken, next.LastToken), LastToken = next.LastToken });
                k++;
                continue;
            }

            merged.Add(c);
        }

        return merged;
    }

    // "In Libya, Ankara's game": a country is never followed by what contains it, and a place known to lie in one
    // country is not merged with another country. Unknown places keep the merge ("Woodbridge, Virginia").
    private static bool CanContain(EntityLexicon lex, string inner, string outer)
    {
        var innerKnown = lex.Places.TryGet(inner, out var i) && i is not null;
        var outerKnown = lex.Places.TryGet(outer, out var o) && o is not null;
        if (innerKnown && i!.IsCountry)
        {
            return false;
        }

        return !(innerKnown && outerKnown && o!.IsCountry && i!.CountryCode is { } ic && o.CountryCode is { } oc && ic != oc)
            && !(outerKnown && !o!.IsCountry && innerKnown && i!.CountryCode != o.CountryCode);
    }

    private static bool IsReporting(EntityLexicon lex, in TokenView view, int i) =>
        view.IsWord(i) && (lex.Classify(view[i]) & WordClass.Reporting) != 0;

    private static bool IsParenthesisedAcronym(in TokenView view, int open, out int acronym)
    {
        acronym = open + 1;
        return open + 2 < view.Count && view[open] is "(" && view.IsAllCaps(open + 1) && view[open + 2] is ")";
    }

    /// <summary>True when <paramref name="acronym"/> is the initials of the words of tokens [<paramref name="first"/>, <paramref name="last"/>], "of", "the", "and" skipped or counted.</summary>
    internal static bool SpellsInitials(in TokenView view, int first, int last, ReadOnlySpan<char> acronym)
    {
        Span<char> initials = stackalloc char[16];
        Span<char> content = stackalloc char[16];
        int all = 0, major = 0;
        for (var t = first; t <= last && all < initials.Length; t++)
        {
            if (!view.IsWord(t))
            {
                continue;
            }

            var w = view[t];
            for (var p = 0; p < w.Length && all < initials.Length; p++)
            {
                if ((p == 0 || w[p - 1] == '-') && char.IsLetter(w[p]))
                {
                    var letter = char.ToUpperInvariant(w[p]);
                    initials[all++] = letter;
                    if (!view.Is(t, "of") && !view.Is(t, "the") && !view.Is(t, "and") && major < content.Length)
                    {
                        content[major++] = letter;
                    }
                }
            }
        }

        Span<char> upper = stackalloc char[16];
        var n = 0;
        foreach (var ch in acronym)
        {
            if (char.IsLetter(ch) && n < upper.Length)
            {
                upper[n++] = char.ToUpperInvariant(ch);
            }
        }

        return n >= 2 && (upper[..n].SequenceEqual(initials[..all]) || upper[..n].SequenceEqual(content[..major]));
    }

    private static bool IsParenthesisedAcronymBefore(in TokenView view, int first, out int acronym)
    {
        acronym = first - 2;
        return first >= 3 && view[first - 1] is ")" && view.IsAllCaps(first - 2) && view[first - 3] is "(" && view.JoinedToPrevious(first);
    }

    private static Candidate FindRole(EntityLexicon lex, in TokenView view, Candidate c, List<Candidate> all, Dictionary<int, int> byFirst)
    {
        // "veteran commander Khalifa Haftar": a lower-case role noun right before the name.
        if (c.Role is null && view.IsWord(c.FirstToken - 1) && char.IsLower(view[c.FirstToken - 1][0])
            && (lex.Classify(view[c.FirstToken - 1]) & WordClass.TitleLower) != 0)
        {
            c = c with { Role = view.String(c.FirstToken - 1) };
        }

        var next = c.LastToken + 1;

        // "X, a/an/the <role> [at|of|with <ORG>]".
        if (c.Role is null && next + 2 < view.Count && view[next] is "," && (view.Is(next + 1, "a") || view.Is(next + 1, "an") || view.Is(next + 1, "the")))
        {
            var s = next + 2;
            var e = s;
            while (e < view.Count && e - s < MaxRoleWords && view.IsWord(e) && char.IsLower(view[e][0]) && !IsStop(view, e))
            {
                e++;
            }

            if (e > s)
            {
                c = c with { Role = view.Range(s, e - 1) };
                if (c.Affiliation is null && (view.Is(e, "at") || view.Is(e, "of") || view.Is(e, "with") || view.Is(e, "for")))
                {
                    var o = view.Is(e + 1, "the") ? e + 2 : e + 1;
                    if (byFirst.TryGetValue(o, out var ok) && all[ok].Type == EntityType.Org)
                    {
                        c = c with { Affiliation = all[ok].Name };
                    }
                }
            }
        }

        // "X’s (GNA) National Accord Government", "X’s Free Syrian Army".
        if (c.Affiliation is null && next < view.Count && view[next] is "’s" or "'s")
        {
            var o = next + 1;
            string? acronym = null;
            if (IsParenthesisedAcronym(view, o, out var a))
            {
                acronym = view.String(a);
                o += 3;
            }

            if (byFirst.TryGetValue(o, out var ok) && all[ok].Type == EntityType.Org)
            {
                c = c with { Affiliation = acronym ?? all[ok].Acronym ?? all[ok].Name };
            }
        }

        return c;
    }

    private static bool IsStop(in TokenView view, int i)
    {
        foreach (var s in RoleStops)
        {
            if (view.Is(i, s))
            {
                return true;
            }
        }

        return false;
    }
}
