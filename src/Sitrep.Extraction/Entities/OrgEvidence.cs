using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Organisation evidence from context (issue 9 point 8): a name the chunker could not type, or typed a person or a place
/// only by default or by a gazetteer hit, is an organisation when the text treats it as one anywhere in the document:
/// a kind of organisation right before it (<c>search giant Google</c>, <c>US publication Forbes</c>, <c>firms such as
/// Blinkx, Copernic and X-Friend</c>), something only an organisation has after it or its possessive (<c>Vodafone
/// boss</c>, <c>Bombardier's shares</c>, <c>shares in Bombardier</c>), a job at it (<c>a security manager at
/// Microsoft</c>, <c>a spokesman for Crossrail</c>), or <c>its</c> back in its own clause (<c>Google launched its
/// tool</c>). One meaning per name per document: every mention of a name with evidence becomes an organisation. Names
/// that are part of a person's name in the document (<c>Mr Ford</c>, <c>Gordon Brown</c>), people with a given name,
/// and countries are never retyped. Pure: works on candidates sorted by start (STYLE A5).
/// </summary>
internal static class OrgEvidence
{
    /// <summary>Most words between a name and the <c>its</c> that refers back to it.</summary>
    public const int MaxItsDistance = 8;

    /// <summary>Most names walked back through a list to find its "such as" (keeps a document of long lists linear).</summary>
    public const int MaxListWalk = 32;

    private static readonly string[] Honorifics = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Lord", "Lady", "Dame"];

    public static List<Candidate> Apply(EntityLexicon lex, in TokenView view, List<Candidate> sorted)
    {
        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in sorted)
        {
            if (c.Type == EntityType.Person && c.Kind == MentionKind.Name && (c.Gender != WordClass.None || HasHonorific(view, c) || c.LastToken > c.FirstToken))
            {
                foreach (var part in c.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    people.Add(part);
                }
            }
        }

        var orgs = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < sorted.Count; k++)
        {
            var c = sorted[k];
            if (IsRetypable(lex, view, c, people) && (HasEvidence(lex, view, c) || ListedAfterOrgNoun(lex, view, sorted, k)))
            {
                orgs.Add(c.Name);
            }
        }

        if (orgs.Count == 0)
        {
            return sorted;
        }

        var result = new List<Candidate>(sorted.Count);
        foreach (var c in sorted)
        {
            result.Add(orgs.Contains(c.Name) && IsRetypable(lex, view, c, people) ? c with { Type = EntityType.Org, Gender = WordClass.None } : c);
        }

        return result;
    }

    /// <summary>A name mention whose type came from no strong evidence: undecided, a person with no given name, honorific or role, or a place that is no country.</summary>
    private static bool IsRetypable(EntityLexicon lex, in TokenView view, Candidate c, HashSet<string> people)
    {
        if (c.Kind != MentionKind.Name || c.FirstToken < 0 || c.Role is not null || c.Affiliation is not null || c.Acronym is not null || c.GroupKey is not null)
        {
            return false;
        }

        foreach (var part in c.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (people.Contains(part) && c.Type != EntityType.Place)
            {
                return false;
            }
        }

        return c.Type switch
        {
            null => true,
            EntityType.Person => c.Gender == WordClass.None && !HasHonorific(view, c),
            EntityType.Place => !(lex.Places.Match(view, c.FirstToken, c.LastToken + 1, matchCase: true, out var place) > 0 && place is { IsCountry: true }),
            _ => false,
        };
    }

    private static bool HasHonorific(in TokenView view, Candidate c)
    {
        if (c.FirstToken <= 0)
        {
            return false;
        }

        var before = view[c.FirstToken - 1];
        foreach (var h in Honorifics)
        {
            if (before.Equals(h, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasEvidence(EntityLexicon lex, in TokenView view, Candidate c)
    {
        int f = c.FirstToken, l = c.LastToken;

        // "search giant Google", "US publication Forbes": a kind of organisation right before the name.
        if (IsLowerClass(lex, view, f - 1, WordClass.OrgNoun))
        {
            return true;
        }

        // "shares in Bombardier", "a stake in X".
        if ((view.Is(f - 1, "in") || view.Is(f - 1, "of")) && view.IsWord(f - 2) && (lex.Classify(view[f - 2]) & WordClass.OrgAttribute) != 0)
        {
            return true;
        }

        // "a security manager at Microsoft", "vice president at Microsoft's MSN", "a spokesman for Crossrail".
        if ((view.Is(f - 1, "at") || (view.Is(f - 1, "for") && IsLowerClass(lex, view, f - 2, WordClass.OrgAttribute)))
            && (IsLowerClass(lex, view, f - 2, WordClass.TitleLower) || IsLowerWord(view, f - 2) && view[f - 2] is "manager" or "executive" or "engineer" or "economist" or "strategist" or "employee" or "editor" or "worker"))
        {
            return true;
        }

        // "former Vodafone boss Chris Gent", "a Jive spokeswoman", "Bombardier shares".
        if (IsLowerClass(lex, view, l + 1, WordClass.OrgAttribute))
        {
            return true;
        }

        // "Bombardier's shares", "Tate & Lyle's chief executive".
        if (l + 2 < view.Count && view[l + 1] is "'s" or "’s" && IsLowerClass(lex, view, l + 2, WordClass.OrgAttribute)
            || l + 3 < view.Count && view[l + 1] is "'s" or "’s" && view.Is(l + 2, "chief") && view.Is(l + 3, "executive"))
        {
            return true;
        }

        // "Google launched its desktop search tool", "Microsoft has said it plans to offer its own": "its" back in the
        // name's own clause, with only verbs and particles between (no determiner that would start another noun).
        for (var t = l + 1; t < view.Count && t <= l + MaxItsDistance; t++)
        {
            if (!view.IsWord(t) || !char.IsLower(view[t][0]) || view[t] is "the" or "a" or "an" or "this" or "that" or "these" or "those" or "his" or "her" or "their" or "and" or "or" or "but" or "who" or "which")
            {
                break;
            }

            if (view[t] is "its")
            {
                return t > l + 1;
            }
        }

        return false;
    }

    /// <summary>"firms such as Blinkx, Copernic and X-Friend": a name in a list introduced by "such as" or "including" after a kind of organisation.</summary>
    private static bool ListedAfterOrgNoun(EntityLexicon lex, in TokenView view, List<Candidate> sorted, int k)
    {
        var first = sorted[k].FirstToken;
        for (var m = k; m >= 0 && k - m < MaxListWalk; m--)
        {
            var c = sorted[m];
            if (m < k && c.LastToken != first - 2 && !(c.LastToken == first - 3 && view.Is(first - 2, ",") && view.Is(first - 1, "and")))
            {
                return false;
            }

            first = c.FirstToken;
            if (view.Is(first - 1, "as") && view.Is(first - 2, "such") && IsLowerClass(lex, view, first - 3, WordClass.OrgNoun)
                || view.Is(first - 1, "including") && IsLowerClass(lex, view, first - 2, WordClass.OrgNoun)
                || view.Is(first - 1, "including") && view.Is(first - 2, ",") && IsLowerClass(lex, view, first - 3, WordClass.OrgNoun))
            {
                return true;
            }

            if (!(view.Is(first - 1, ",") || view.Is(first - 1, "and")))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsLowerWord(in TokenView view, int i) => view.IsWord(i) && char.IsLower(view[i][0]);

    private static bool IsLowerClass(EntityLexicon lex, in TokenView view, int i, WordClass c) => IsLowerWord(view, i) && (lex.Classify(view[i]) & c) != 0;
}
