using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Extraction.Events.Acled;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Members of an armed group killed in a report that names no killer (issue 8): "two terrorists who were shot dead",
/// "one militant killed on the spot", "second terrorist shot dead near the sanctum". Militants, insurgents and
/// terrorists die in a state's operations against them; a report that leaves the killer out leaves the state's security
/// forces (generic <c>COP</c>, as "security forces" is coded; the event coder gives it the country of the event's
/// place). Headlines and reduced relatives drop the auxiliary ("one militant killed on the spot"): a killing verb in -ed
/// after its patient, with nothing in its clause that it could have killed, is passive.
/// </summary>
internal static class ArmedPatient
{
    private static readonly FrozenSet<string> Killings = FrozenSet.ToFrozenSet(["182", "1823", "186", "190", "193"], StringComparer.Ordinal);

    // Verbs that always take the killed as object, in their participle: "one militant killed", "a terrorist shot dead".
    private static readonly FrozenSet<string> KillingParticiples = FrozenSet.ToFrozenSet(
        ["KILLED", "SHOT", "GUNNED", "MURDERED", "SLAIN", "LYNCHED", "HACKED", "BUTCHERED", "SLAUGHTERED", "BEHEADED", "EXECUTED", "ELIMINATED", "NEUTRALISED", "NEUTRALIZED"],
        StringComparer.Ordinal);

    // Words after a participle that show it has no object ("killed on the spot", "shot dead near the temple").
    private static readonly FrozenSet<string> Followers = FrozenSet.ToFrozenSet(
        ["IN", "ON", "NEAR", "AT", "DURING", "WHILE", "AFTER", "BEFORE", "INSIDE", "OUTSIDE", "BY", "INSTANTLY", "LATER", "EARLIER", "YESTERDAY", "TODAY", ",", ".", ";", ":"],
        StringComparer.Ordinal);

    /// <summary>True for the codes of an act that kills: assault, killing, assassination, conventional and small-arms fighting.</summary>
    public static bool IsKilling(EventCode code) => Killings.Contains(code.ToString());

    /// <summary>
    /// True when the killing at words [<paramref name="first"/>, <paramref name="last"/>] is a participle after its
    /// patient, an armed group's member ("one militant killed on the spot"): a participle of a verb of killing, followed
    /// by a preposition, adverb or punctuation, in a clause that names no actor or number it could have killed.
    /// </summary>
    public static bool IsParticiple(SentenceFrame frame, int first, int last, EventCode code)
    {
        // "shot dead": the shooting verb and its result.
        if (frame.Words[last] == "SHOT" && last + 1 < frame.Length && frame.Words[last + 1] == "DEAD")
        {
            last++;
        }

        if (!IsKilling(code) || first == 0 || !KillingParticiples.Contains(frame.Words[first])
            || !Followers.Contains(last + 1 < frame.Length ? frame.Words[last + 1] : ".")
            || frame.SlotEndingAt(first - 1) is not { Pronoun: false } patient || !IsArmedGroup(patient.Actor))
        {
            return false;
        }

        for (var i = last + 1; i < frame.Length && !frame.IsHardStop(i) && frame.Words[i] is not ("." or "AND" or ","); i++)
        {
            if (frame.SlotStartingAt(i) is not null || char.IsDigit(frame.Words[i][0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The killer of <paramref name="targets"/> when the killing is passive, names no agent and every patient is a member
    /// of an armed group: a state force named later in the clause ("in an encounter with the army"), else the state's
    /// security forces; null otherwise.
    /// </summary>
    public static ActorSlot? Killer(SentenceFrame frame, EventCode code, int first, int last, bool passive, ImmutableArray<ActorSlot> targets)
    {
        if (!passive || !IsKilling(code) || targets.IsEmpty || !targets.All(t => !t.Pronoun && IsArmedGroup(t.Actor)))
        {
            return null;
        }

        // "three militants were killed in an encounter with the army": a state force the clause names is the killer.
        for (var i = last + 1; i < frame.Length && i <= last + ShallowPatternMatcher.MaxActorSkip && !frame.IsHardStop(i); i++)
        {
            if (frame.SlotStartingAt(i) is { } named && AcledActorTypes.OfCode(named.Actor.Code) == AcledActorCategory.StateForces && !targets.Contains(named))
            {
                return named;
            }
        }

        var at = frame.Spans[first].Start;
        var actor = new EventActor(ActorCode.Parse("COP"), "Security Forces", new TextSpan(at, at), null)
        {
            Category = AcledActorCategory.StateForces,
            Generic = true,
            Rule = $"implied agent: an armed group's members killed ({code}) without agent fall to the security forces",
        };
        return new ActorSlot(first, last, actor, -1, Pronoun: false);
    }

    private static bool IsArmedGroup(EventActor actor) =>
        (actor.Category != AcledActorCategory.None ? actor.Category : AcledActorTypes.OfCode(actor.Code)) == AcledActorCategory.RebelGroup;
}
