using System.Collections.Frozen;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Issue 8 point 5: a cue that is the actor's own noun ("protesters", "strikers", "gangs", "vigilantes", "a mob") names
/// people by what they do; it reports that act only when they do something in their clause, as the subject of a verb
/// ("protesters threw stones", "strikers at the plant voted", "protesters who stormed the chamber"). As the object of
/// another act ("China's crackdown on protesters in Tiananmen Square", "ordering the strikers to maintain services"),
/// the owner of a noun ("protesters' demands"), the subject of a copula or of a passive ("the protesters are still
/// here", "protesters who were arrested") or a caption with no verb ("Protesters at the march.") it names the people, not
/// an act (docs/event-sample-news-2026-12-08b.md).
/// </summary>
internal static class ActorNoun
{
    /// <summary>Most words of a prepositional phrase passed over between the noun and its verb ("protesters in Hong Kong marched").</summary>
    public const int MaxPhrase = 5;

    // A place or a time between the noun and its verb: "strikers at the plant voted", "demonstrators in Quito threw".
    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(
        ["IN", "AT", "FROM", "NEAR", "OUTSIDE", "ACROSS", "AROUND", "ON"], StringComparer.Ordinal);

    // Verbs that say what the people are, not what they do: "appeared to be a small minority", "faced up to one year".
    private static readonly FrozenSet<string> StateVerbs = FrozenSet.ToFrozenSet(
        ["APPEARED", "SEEMED", "REMAINED", "BECAME", "FACED", "NEEDED", "WANTED", "NUMBERED", "INCLUDED", "LACKED", "OWED", "RECEIVED", "SUFFERED",
         "APPEARS", "SEEMS", "REMAINS", "BECOMES", "FACES", "NEEDS", "WANTS"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Be = FrozenSet.ToFrozenSet(["IS", "ARE", "WAS", "WERE", "'S", "'RE"], StringComparer.Ordinal);

    /// <summary>True when the slot holding the actor's noun is the subject of a verb of its clause (sentence-relative words).</summary>
    public static bool Acts(SentenceFrame frame, ActorSlot slot)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(slot);
        if (!slot.CanAct)
        {
            return false;
        }

        var i = slot.Last + 1;
        // "protesters in Hong Kong marched": a phrase of place between the noun and its verb.
        if (i < frame.Length && PlacePrepositions.Contains(frame.Words[i]))
        {
            for (var j = i + 1; j < frame.Length && j <= i + MaxPhrase; j++)
            {
                if (frame.IsHardStop(j) || frame.Words[j] is "," or ";" or ":")
                {
                    return false;
                }

                if (IsActiveVerb(frame, j))
                {
                    return true;
                }
            }

            return false;
        }

        // "protesters who stormed the chamber", "strikers that occupied the plant".
        if (i < frame.Length && frame.Words[i] is "WHO" or "THAT")
        {
            i++;
        }

        return IsActiveVerb(frame, i);
    }

    // An active verb group at word i: a past form ("threw", "marched"), a perfect ("have lost"), a progressive ("were
    // marching"), adverbs before it ("later marched"); not a copula, a passive or a verb of state.
    private static bool IsActiveVerb(SentenceFrame frame, int i)
    {
        while (i < frame.Length && TriggerContext.IsAdverb(frame.Words[i]) && frame.Words[i] is not ("HAVE" or "HAS" or "HAD" or "DID" or "DO" or "DOES"))
        {
            i++;
        }

        if (i >= frame.Length)
        {
            return false;
        }

        var w = frame.Words[i];
        if (w is "HAVE" or "HAS" or "HAD")
        {
            return i + 1 < frame.Length && frame.Words[i + 1] != "BEEN" && IsPastForm(frame, i + 1);
        }

        if (Be.Contains(w))
        {
            return i + 1 < frame.Length && frame.Words[i + 1].EndsWith("ING", StringComparison.Ordinal) && frame.Words[i + 1] != "BEING";
        }

        return !StateVerbs.Contains(w) && IsPastForm(frame, i);
    }

    private static bool IsPastForm(SentenceFrame frame, int i)
    {
        var w = frame.Words[i];
        return PastForm.IsPast(w) || SlotRoles.IsIrregularVerb(w) || (frame.IsTrigger(i) && !TriggerContext.IsNominal(frame, i));
    }
}
