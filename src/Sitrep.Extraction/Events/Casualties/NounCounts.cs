namespace Sitrep.Extraction.Events.Casualties;

/// <summary>The counts casualty nouns take: a figure before the noun, one body, nobody, people "with injuries".</summary>
internal static class NounCounts
{
    /// <summary>Tokens before a casualty noun searched for a modal ("could lead to 100 deaths").</summary>
    public const int ModalReach = 4;

    /// <summary>Tokens around a count of bodies searched for a word saying they were found.</summary>
    public const int FoundReach = 4;

    /// <summary>"rose", "climbed", "stands", "touched": a death toll moving to its figure.</summary>
    public static bool Rises(in TokenView v, int i) =>
        v.Is(i, "rose") || v.Is(i, "has") || v.Is(i, "had") || v.Is(i, "climbed") || v.Is(i, "reached") || v.Is(i, "stood")
        || v.Is(i, "stands") || v.Is(i, "jumped") || v.Is(i, "mounted") || v.Is(i, "increased") || v.Is(i, "touched")
        || v.Is(i, "hit") || v.Is(i, "is") || v.Is(i, "was");

    /// <summary>"lost", "sacrificed", "gave": verbs whose subject dies when their object is "their lives".</summary>
    public static bool LoseVerb(in TokenView v, int i) => v.Is(i, "lost") || v.Is(i, "sacrificed") || v.Is(i, "gave");

    /// <summary>"body", "bodies", "corpse", "corpses".</summary>
    public static bool IsBodyWord(in TokenView v, int s) =>
        v.Is(s, "body") || v.Is(s, "bodies") || v.Is(s, "corpse") || v.Is(s, "corpses");

    /// <summary>True when a word near a count of bodies says they were found ("12 bodies were found", "the recovery of
    /// two more bodies"). "Bodies" also names organisations ("students' bodies", "other bodies are holding meetings").</summary>
    /// <param name="v">The tokens.</param>
    /// <param name="first">First token of the count.</param>
    /// <param name="end">Token after the count and its noun.</param>
    public static bool BodiesFound(in TokenView v, int first, int end)
    {
        for (var k = first - 1; k >= 0 && k >= first - FoundReach && !v.Has(k, WordTags.Punct); k--)
        {
            if (FoundWord(v, k))
            {
                return true;
            }
        }

        for (var k = end; k < v.Count && k < end + FoundReach && !v.Has(k, WordTags.Punct); k++)
        {
            if (FoundWord(v, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"820 persons with serious injuries": a count of people, "with", up to two modifiers, the injury noun.</summary>
    public static bool TryWith(in PhraseTable t, int s, out Reading reading)
    {
        reading = default;
        var v = t.View;
        for (var k = s - 1; k >= 0 && k >= s - 3; k--)
        {
            if (v.Is(k, "with"))
            {
                var p = t.EndingWith(k - 1);
                if (p < 0 || t.IsClaimed(p) || !t[p].PersonHead || !ObjectSearch.Addable(t[p]))
                {
                    return false;
                }

                t.Claim(p);
                reading = Reading.Of(t[p]) with { End = s + 1 };
                return true;
            }

            if (!v.IsWord(k) || v.Has(k, WordTags.Stop | WordTags.Anchor))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"25 deaths", "28 more deaths", "dozens of bodies": the unclaimed figure or vague quantity right before the
    /// noun, as a phrase number (not yet claimed); -1 when none.</summary>
    public static int Premodifier(in PhraseTable t, int s)
    {
        // "hundreds of innocent deaths", "120 badly charred bodies": up to two modifiers, then "of" or the count.
        var v = t.View;
        var k = s - 1;
        for (var n = 0; n < 2 && t.EndingWith(k) < 0 && v.IsWord(k) && !v.Is(k, "of")
             && !v.Has(k, WordTags.Stop | WordTags.Anchor | WordTags.NumberWord | WordTags.Digits | WordTags.Conj | WordTags.Zero); n++)
        {
            k--;
        }

        var p = t.EndingWith(k);
        if (p < 0 && v.Is(k, "of"))
        {
            p = t.EndingWith(k - 1);
        }

        return p < 0 || t.IsClaimed(p) || t[p].Kind is not (PhraseKind.Number or PhraseKind.Vague) || t[p].PersonHead ? -1 : p;
    }

    /// <summary>"a body was found", "another body", "claim his body": one.</summary>
    public static bool TryOne(in TokenView v, int s, out Reading reading)
    {
        reading = default;
        if (!(v.Is(s, "body") || v.Is(s, "corpse"))
            || !(v.Is(s - 1, "a") || v.Is(s - 1, "an") || v.Is(s - 1, "another") || v.Is(s - 1, "his") || v.Is(s - 1, "her")))
        {
            return false;
        }

        reading = new Reading(s - 1, s, 1, false, "singular", PhraseKind.Singular);
        return true;
    }

    /// <summary>"the death of lok sabha speaker G M C Balayogi", "the murder of former member Jafri": after "of", a
    /// noun for one person among up to six words names one death.</summary>
    /// <param name="v">The tokens.</param>
    /// <param name="k">First token after "of".</param>
    /// <param name="reading">One person.</param>
    public static bool TrySingularOf(in TokenView v, int k, out Reading reading)
    {
        reading = default;
        for (var j = k; j < v.Count && j < k + 6; j++)
        {
            if (v.Has(j, WordTags.PersonSingular) && !v.Has(j, WordTags.PersonPlural))
            {
                reading = new Reading(k, j + 1, 1, false, "singular", PhraseKind.Singular);
                return true;
            }

            if (!v.IsWord(j) || v.Has(j, WordTags.Anchor | WordTags.Conj | WordTags.PersonPlural | WordTags.NonPerson)
                || (v.Has(j, WordTags.Stop) && !(j == k && v.Has(j, WordTags.Determiner))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"no deaths", "no immediate reports of casualties", "no loss of life", "without any injuries"; not "no
    /// other casualties" or "no further deaths", which say nothing of the first ones.</summary>
    public static bool TryZero(in TokenView v, int s, out Reading reading)
    {
        reading = default;
        for (var k = s - 1; k >= 0 && k >= s - 5; k--)
        {
            if (v.Is(k, "no") || v.Is(k, "without") || v.Is(k, "zero") || v.Is(k, "nil"))
            {
                reading = new Reading(k, s, 0, false, "zero", PhraseKind.Zero);
                return true;
            }

            if (!(v.Is(k, "immediate") || v.Is(k, "reported") || v.Is(k, "reports") || v.Is(k, "report") || v.Is(k, "of")
                  || v.Is(k, "serious") || v.Is(k, "major") || v.Is(k, "human") || v.Is(k, "any") || v.Is(k, "loss")
                  || v.Is(k, "known") || v.Is(k, "confirmed") || v.Is(k, "civilian") || v.Is(k, "fresh")))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The mood of a count read at <paramref name="index"/>: a modal or "if" just before makes it irrealis.</summary>
    public static Mood MoodNear(in TokenView v, int index)
    {
        for (var k = index - 1; k >= 0 && k >= index - ModalReach && !v.Has(k, WordTags.Punct); k--)
        {
            if (v.Has(k, WordTags.Modal | WordTags.Conditional))
            {
                return Mood.Irrealis;
            }
        }

        return Mood.Realis;
    }

    private static bool FoundWord(in TokenView v, int k)
    {
        ReadOnlySpan<string> words = ["found", "recovered", "recovery", "discovered", "retrieved", "exhumed", "dumped", "lying",
            "lay", "pulled", "washed", "buried", "identified", "handed", "brought", "floating", "strewn", "piled", "seen", "taken",
            "taking", "carrying", "carried", "claim", "unclaimed", "charred", "burnt", "burned", "mutilated", "decomposed",
            "morgue", "mortuary", "postmortem", "post-mortem", "autopsy", "cremated", "cremation", "funeral"];
        foreach (var word in words)
        {
            if (v.Is(k, word))
            {
                return true;
            }
        }

        return false;
    }
}
