using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// The actor a report leaves out of an arrest or a repression (issue 8): "twelve people were arrested", "the mob was
/// lathi-charged", "tear-gas shells were lobbed", "the arrest of 12 activists". CAMEO 173 (arrest, detain, charge) and
/// 175 (violent repression) are acts of a state's coercive apparatus; a report that names no agent for them leaves it
/// to the reader as the police, and ACLED codes such arrests to the police forces of the country where they happen.
/// Only a passive or a noun use omits the agent: an active verb names its subject, and the coder does not guess one
/// it failed to code. The implied actor is generic <c>COP</c>; the event coder gives it the country of the event's
/// place. Its span is empty, at the trigger's start: no words of the text name it.
/// </summary>
internal static class ImpliedAgent
{
    private static readonly EventCode Arrest = EventCode.Parse("173");
    private static readonly EventCode Repression = EventCode.Parse("175");

    // "demanded the arrest of", "sought their arrest", "called for the arrest": the noun names a wish, not an act.
    private static readonly FrozenSet<string> Wishes = FrozenSet.ToFrozenSet(
        ["DEMAND", "DEMANDS", "DEMANDED", "DEMANDING", "SEEK", "SEEKS", "SOUGHT", "SEEKING", "FOR", "URGED", "WANT", "WANTS", "WANTED", "ORDERED", "ORDER", "ORDERS", "AVOID", "AVOIDED", "EVADE", "EVADED", "ESCAPED", "FEARING", "FEAR"],
        StringComparer.Ordinal);

    // "arrest warrant", "arrest orders": the noun modifies another noun.
    private static readonly FrozenSet<string> ModifiedNouns = FrozenSet.ToFrozenSet(["WARRANT", "WARRANTS", "ORDER", "ORDERS", "MEMO", "RECORD", "RECORDS"], StringComparer.Ordinal);

    // Words a noun trigger's determiner phrase may hold between a verb of wishing and the noun ("demanded the immediate arrest").
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["THE", "A", "AN", "HIS", "HER", "THEIR", "ITS", "IMMEDIATE", "SPEEDY", "PROMPT"], StringComparer.Ordinal);

    /// <summary>True for the codes whose omitted agent is the police: within 173 or 175.</summary>
    public static bool Applies(EventCode code) => code.IsWithin(Arrest) || code.IsWithin(Repression);

    /// <summary>
    /// The police as the implied source of the trigger at words [<paramref name="first"/>, <paramref name="last"/>],
    /// or null when the code has no implied agent, the trigger is neither passive nor a noun, or the noun is wished for
    /// or modifies another noun ("demanded the arrest of", "an arrest warrant").
    /// </summary>
    public static ActorSlot? Of(SentenceFrame frame, EventCode code, int first, int last, bool passive, bool nominal)
    {
        if (!Applies(code) || !(passive || nominal))
        {
            return null;
        }

        if (nominal && !passive && (IsWished(frame, first) || (last + 1 < frame.Length && ModifiedNouns.Contains(frame.Words[last + 1]))))
        {
            return null;
        }

        var at = frame.Spans[first].Start;
        var actor = new EventActor(ActorCode.Parse("COP"), "Police Forces", new TextSpan(at, at), null)
        {
            Category = AcledActorCategory.StateForces,
            Generic = true,
            Rule = $"implied agent: {(passive ? "a passive" : "a noun")} {code} without agent is the police's",
        };
        return new ActorSlot(first, last, actor, -1, Pronoun: false);
    }

    private static bool IsWished(SentenceFrame frame, int first)
    {
        var i = first - 1;
        while (i >= 0 && first - i <= 3 && Determiners.Contains(frame.Words[i]))
        {
            i--;
        }

        return i >= 0 && Wishes.Contains(frame.Words[i]);
    }
}
