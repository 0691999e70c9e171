using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Joins candidates that together name one organisation: a possessive owner and the body it owns
/// (<c>Iraq's National Symphony Orchestra</c>, <c>the ministry’s Middle East Branch</c>) and an armed group with the
/// place it names itself after with regional branches and the place a branch is named after (<c>al-Qaeda in Iraq</c>, <c>Al Qaeda in the Arabian Peninsula</c>). Pure: works on
/// candidates sorted by start.
/// </summary>
internal static class OrgPhraseMerger
{
    public static List<Candidate> Merge(EntityLexicon lex, in TokenView view, List<Candidate> sorted)
    {
        var result = new List<Candidate>(sorted.Count);
        for (var k = 0; k < sorted.Count; k++)
        {
            var c = sorted[k];
            while (k + 1 < sorted.Count && c.LastToken >= 0 && sorted[k + 1] is var next && next.Sentence == c.Sentence && next.FirstToken > c.LastToken)
            {
                if (IsPossessiveOwner(c) && next.Type == EntityType.Org && !IsKnown(lex, view, next) && PossessiveGap(lex, view, c.LastToken, next.FirstToken))
                {
                    // A descriptive body name is only complete with its owner; a known organisation ("Lebanon's Hezbollah")
                    // stands on its own and is not joined.
                    c = Join(view, c, next);
                    k++;
                    continue;
                }

                if (c.Type == EntityType.Org && next.Type is EntityType.Place or null && InGap(view, c.LastToken, next.FirstToken, out var capitalIn)
                    && (capitalIn || HasBranches(lex, view, c)) && view.IsCapitalised(next.FirstToken))
                {
                    c = Join(view, c, next) with { GroupKey = null };
                    k++;
                    continue;
                }

                break;
            }

            result.Add(c);
        }

        return result;
    }

    private static Candidate Join(in TokenView view, Candidate a, Candidate b) => a with
    {
        Type = EntityType.Org,
        Kind = MentionKind.Name,
        Span = a.Span.Union(b.Span),
        Name = view.Range(a.FirstToken, b.LastToken),
        LastToken = b.LastToken,
        Acronym = null,
    };

    /// <summary>An organisation or a place may own a body; a person's possessive is an affiliation (see <see cref="MentionLinker"/>).</summary>
    private static bool IsPossessiveOwner(Candidate c) => c.Type is EntityType.Org or EntityType.Place && c.Kind == MentionKind.Name;

    /// <summary>"’s" right after the owner, then at most one lower-case descriptive word ("Iraq's famed …").</summary>
    private static bool PossessiveGap(EntityLexicon lex, in TokenView view, int ownerLast, int bodyFirst)
    {
        var s = ownerLast + 1;
        if (s >= view.Count || view[s] is not ("’s" or "'s"))
        {
            return false;
        }

        if (bodyFirst == s + 1)
        {
            return true;
        }

        return bodyFirst == s + 2 && view.IsWord(s + 1) && char.IsLower(view[s + 1][0])
            && (lex.Classify(view[s + 1]) & (WordClass.CommonWord | WordClass.GroupNoun | WordClass.Reporting | WordClass.ActorVerb)) == 0;
    }

    /// <summary>"in" or "in the" between the two; <paramref name="capitalIn"/> when written "In" inside a name.</summary>
    private static bool InGap(in TokenView view, int orgLast, int placeFirst, out bool capitalIn)
    {
        var s = orgLast + 1;
        capitalIn = s < view.Count && view[s] is "In";
        if (!view.Is(s, "in"))
        {
            return false;
        }

        return placeFirst == s + 1 || (placeFirst == s + 2 && view.Is(s + 1, "the"));
    }

    private static bool HasBranches(EntityLexicon lex, in TokenView view, Candidate c) =>
        lex.Organizations.Match(view, c.FirstToken, c.LastToken + 1, matchCase: true, out var org) == c.LastToken - c.FirstToken + 1 && org is { HasBranches: true };

    /// <summary>True when the whole candidate is an organisation of the lexicon or an acronym of one.</summary>
    private static bool IsKnown(EntityLexicon lex, in TokenView view, Candidate c) =>
        c.GroupKey is not null || lex.Organizations.Match(view, c.FirstToken, c.LastToken + 1, matchCase: true, out _) == c.LastToken - c.FirstToken + 1;
}
