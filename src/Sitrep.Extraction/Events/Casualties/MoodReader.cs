namespace Sitrep.Extraction.Events.Casualties;

/// <summary>Reads the words before a casualty word for auxiliaries, modals, negation and conditionals.</summary>
internal static class MoodReader
{
    /// <summary>Tokens before a casualty word searched for "if" or "unless".</summary>
    public const int ConditionalReach = 8;

    /// <summary>Reads the mood of the casualty word starting at token <paramref name="s"/>.</summary>
    /// <param name="v">The tokens.</param>
    /// <param name="s">First token of the casualty word.</param>
    /// <param name="stop">The first token before it that is not an auxiliary, adverb, modal or negation: where its subject ends.</param>
    public static Mood Read(in TokenView v, int s, out int stop)
    {
        var j = s - 1;
        var negated = false;
        while (j >= 0)
        {
            if (v.Is(j, "to"))
            {
                // "believed to have been killed", "feared to be dead" report deaths; "to kill", "to be killed" do not.
                if (v.Is(j + 1, "have") || (v.Is(j + 1, "be") && v.Has(j - 1, WordTags.Reporting)))
                {
                    j--;
                    continue;
                }

                stop = j;
                return Mood.Irrealis;
            }

            if (v.Has(j, WordTags.Modal))
            {
                stop = j;
                return Mood.Irrealis;
            }

            if (v.Has(j, WordTags.Negation))
            {
                negated = true;
            }
            else if (v.Is(j, "and") && v.Has(j - 1, WordTags.ViolenceVerb))
            {
                j--; // "were shot and killed"
            }
            else if (!v.Has(j, WordTags.Skip))
            {
                break;
            }

            j--;
        }

        stop = j;
        for (var k = j; k >= 0 && k > s - ConditionalReach; k--)
        {
            if (v.Has(k, WordTags.Punct))
            {
                break;
            }

            if (v.Has(k, WordTags.Conditional))
            {
                return Mood.Irrealis;
            }
        }

        return negated ? Mood.Negated : Mood.Realis;
    }

    /// <summary>True when the casualty word at <paramref name="s"/> is a passive participle ("were killed", "had been wounded").</summary>
    public static bool IsPassive(in TokenView v, int s)
    {
        for (var j = s - 1; j >= 0 && v.Has(j, WordTags.Skip | WordTags.Negation); j--)
        {
            if (v.Has(j, WordTags.BeAux))
            {
                return true;
            }
        }

        return false;
    }
}
