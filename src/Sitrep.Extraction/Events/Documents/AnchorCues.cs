using System.Collections.Frozen;
using Sitrep.Core.Model;
using Sitrep.Extraction.Events.Acled;
using Sitrep.Extraction.Events.Codebook;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// The readings of a sentence around an ACLED noun anchor that <see cref="AnchoredEventFinder"/> decides with: an
/// impact or a ground word after it, a verb of resisting or another verb between an actor and the anchor, an actor
/// addressed rather than acting, a state force. Pure functions of their arguments.
/// </summary>
internal static class AnchorCues
{
    internal static readonly FrozenSet<string> ImpactVerbs = FrozenSet.ToFrozenSet(
        ["HIT", "HITS", "HITTING", "FIRED", "STRUCK", "STRIKES", "LANDED", "SLAMMED", "SLAMMED_INTO", "RAINED", "POUNDED", "TARGETED", "EXPLODED", "DAMAGED",
         "DESTROYED", "KILLED", "WOUNDED", "LAUNCHED"], StringComparer.Ordinal);

    // A verb of impact right after the weapon's noun phrase: "rockets hit", "seven rockets were fired at".
    internal static bool ImpactFollows(SentenceFrame frame, int last)
    {
        for (var i = last + 1; i < frame.Length && i <= last + 3; i++)
        {
            if (ImpactVerbs.Contains(frame.Words[i]))
            {
                return true;
            }

            if (frame.Words[i] is not ("WERE" or "WAS" or "HAVE" or "HAS" or "BEEN" or "ALSO" or "REPORTEDLY"))
            {
                return false;
            }
        }

        return false;
    }

    internal static readonly FrozenSet<string> SupportVerbs = FrozenSet.ToFrozenSet(
        ["STAGED", "STAGE", "STAGES", "STAGING", "HELD", "HOLD", "HOLDS", "HOLDING", "LAUNCHED", "LAUNCH", "LAUNCHES", "LAUNCHING", "CARRIED", "CARRY",
         "CARRIES", "CARRYING", "CONDUCTED", "CONDUCT", "CONDUCTS", "CONDUCTING", "MOUNTED", "MOUNT", "ORGANISED", "ORGANIZED", "ORGANISE", "ORGANIZE",
         "LED", "LEAD", "LEADS", "LEADING", "STARTED", "BEGAN", "MADE", "MAKE", "MAKES", "MAKING", "TOOK", "TAKE", "TAKES", "TAKING", "WENT", "GO",
         "GOES", "GOING", "JOINED", "JOIN", "CONTINUED", "CONTINUE", "RESUMED", "INTENSIFIED", "STEPPED", "UNLEASHED", "PERPETRATED", "COMMITTED",
         "EXECUTED", "DID", "HAVE", "HAS", "HAD", "WERE", "WAS", "IS", "ARE", "BEEN", "BE", "SIGNED", "REACHED", "CONCLUDED", "STRUCK", "CLAIMED",
         "ANNOUNCED", "FIRED", "IMPOSED", "USED", "DROPPED", "CREATED", "ESTABLISHED", "BUILT", "SET", "OPENED", "ADOPTED", "PASSED", "APPROVED",
         "ISSUED", "ORDERED", "DECLARED", "SEALED", "BROKERED", "AGREED", "DEPLOYED", "SENT", "DISPATCHED", "FOUND", "DISCOVERED", "SEIZED",
         "RECOVERED", "UNEARTHED", "DISMANTLED", "DEFUSED", "DENIED", "DENIES", "ACCEPTED", "ADMITTED", "BLAMED", "ACCUSED", "ENTERED", "REPELLED",
         "REPULSED", "RESISTED", "FOUGHT", "THREW", "HURLED", "PELTED", "TRADED", "EXCHANGED", "HURLING", "THROWING", "ENGAGED"],
        StringComparer.Ordinal);

    // Verbs whose subject suffers the noun's act and withstands it: "repelled an attack", "fought off an offensive".
    internal static readonly FrozenSet<string> ResistingVerbs = FrozenSet.ToFrozenSet(
        ["REPELLED", "REPEL", "REPELS", "REPELLING", "REPULSED", "REPULSE", "REPULSES", "REPULSING", "RESISTED", "RESIST", "RESISTS", "RESISTING",
         "WITHSTOOD", "WITHSTAND", "WITHSTANDS", "FOILED", "FOIL", "FOILS", "THWARTED", "THWART", "THWARTS", "BEAT", "REBUFFED", "SURVIVED", "SURVIVE"],
        StringComparer.Ordinal);

    // A resisting verb between the subject and the noun anchor ("its troops repelled an overnight attack", "fought off").
    internal static bool Resisting(SentenceFrame frame, int slotLast, int anchorFirst)
    {
        for (var i = slotLast + 1; i < anchorFirst; i++)
        {
            if (ResistingVerbs.Contains(frame.Words[i]) || (frame.Words[i] is "FOUGHT" or "FIGHT" or "BEAT" && i + 1 < anchorFirst && frame.Words[i + 1] is "OFF" or "BACK"))
            {
                return true;
            }
        }

        return false;
    }

    // A verb between the actor and a noun anchor that is not one of the verbs that do the noun's act.
    internal static bool OtherVerbBetween(SentenceFrame frame, int slotLast, int anchorFirst)
    {
        for (var i = slotLast + 1; i < anchorFirst; i++)
        {
            var w = frame.Words[i];
            // A passive makes the actor the noun's target ("has been targeted with a grenade attack", "hit by an air raid").
            if (w is "WAS" or "WERE" or "BEEN" or "BEING" or "BY" or "WITH")
            {
                return false;
            }

            if (SupportVerbs.Contains(w))
            {
                continue;
            }

            if ((w.EndsWith("ED", StringComparison.Ordinal) && w.Length > 4) || SlotRoles.IsIrregularVerb(w) || (frame.IsTrigger(i) && !TriggerContext.IsNominal(frame, i)))
            {
                return !(i + 1 < anchorFirst && frame.Words[i + 1] is "BY" or "WITH");
            }
        }

        return false;
    }

    // A kind of ground (&TERRITORY) or a capitalised name that codes no actor within a few words after the cue, before
    // the clause ends.
    internal static bool GroundFollows(SentenceFrame frame, int last, EventDictionary dictionary)
    {
        var ground = dictionary.SynsetMembersOrEmpty("&TERRITORY");
        for (var i = last + 1; i < frame.Length && i <= last + 6; i++)
        {
            if (frame.IsHardStop(i) || frame.Words[i] is "," or ";")
            {
                return false;
            }

            if (ground.Any(m => m.Length == 1 && m[0] == frame.Words[i]) || (frame.SlotStartingAt(i) is { Locative: true } or { Actor.Code.Value.Length: 3 })
                || (!frame.AllCaps && frame.Original(i) is { Length: > 1 } w && char.IsUpper(w[0]) && frame.SlotStartingAt(i) is null && !frame.InName(i)))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsAddressee(SentenceFrame frame, ActorSlot slot)
    {
        var i = slot.First - 1;
        while (i >= 0 && frame.Words[i] is "THE" or "A" or "AN" or "ALL")
        {
            i--;
        }

        return i >= 0 && frame.Words[i] is "TOLD" or "TELL" or "TELLS" or "INFORMED" or "INFORM" or "INFORMS" or "ALERTED" or "ASKED" or "URGED";
    }

    internal static bool IsStateForce(EventActor actor)
    {
        var code = actor.Code.Value;
        return code.EndsWith("COP", StringComparison.Ordinal) || code.EndsWith("MIL", StringComparison.Ordinal);
    }
}
