using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// The actor a report leaves out of an arrest or a repression (issue 8): "twelve people were arrested", "the mob was
/// lathi-charged", "tear-gas shells were lobbed", "the arrest of 12 activists"; also of a raised police alert or police
/// power in the passive ("a close vigil is being kept", "security has been tightened"), codes that name the police. CAMEO 173 (arrest, detain, charge) and
/// 175 (violent repression) are acts of a state's coercive apparatus; a report that names no agent for them leaves it
/// to the reader as the police, and ACLED codes such arrests to the police forces of the country where they happen.
/// Only a passive or an event noun omits the agent: an active verb names its subject, and the coder does not guess one
/// it failed to code. The implied actor is generic <c>COP</c>; the event coder gives it the country of the event's
/// place. Its span is empty, at the trigger's start: no words of the text name it.
/// </summary>
internal static class ImpliedAgent
{
    private static readonly EventCode Arrest = EventCode.Parse("173");
    private static readonly EventCode Repression = EventCode.Parse("175");

    // Issue 8: CAMEO 151 (increase police alert status) and 153 (mobilise or increase police power) name the police
    // themselves: "a close vigil is being kept", "security has been tightened" leave no other agent.
    private static readonly EventCode PoliceAlert = EventCode.Parse("151");
    private static readonly EventCode PolicePower = EventCode.Parse("153");

    // Nouns that name the act itself ("the arrest of", "a lathi-charge"); a noun use of other triggers names a place
    // or a state ("the district jail", "the repressed aggression").
    private static readonly FrozenSet<string> EventNouns = FrozenSet.ToFrozenSet(
        ["ARREST", "ARRESTS", "LATHICHARGE", "LATHICHARGES", "LATHI-CHARGE", "LATHI-CHARGES", "CRACKDOWN", "CRACKDOWNS"], StringComparer.Ordinal);

    // "demanded the arrest of", "sought their arrest", "called for the arrest", "the possibility of his arrest": the
    // noun names a wish, a fear or a chance, not an act.
    private static readonly FrozenSet<string> Wishes = FrozenSet.ToFrozenSet(
        ["DEMAND", "DEMANDS", "DEMANDED", "DEMANDING", "SEEK", "SEEKS", "SOUGHT", "SEEKING", "FOR", "URGED", "WANT", "WANTS", "WANTED", "ORDERED",
         "ORDER", "ORDERS", "AVOID", "AVOIDED", "EVADE", "EVADED", "ESCAPED", "FEARING", "FEAR", "FEARS", "POSSIBILITY", "PROSPECT", "THREAT", "RISK"],
        StringComparer.Ordinal);

    // "arrest warrant", "arrest orders": the noun modifies another noun.
    private static readonly FrozenSet<string> ModifiedNouns = FrozenSet.ToFrozenSet(["WARRANT", "WARRANTS", "ORDER", "ORDERS", "MEMO", "RECORD", "RECORDS"], StringComparer.Ordinal);

    // Words a noun's phrase may hold between the verb that governs it and the noun ("made some arrests", "demanded the
    // immediate arrest", "the possibility of his arrest").
    private static readonly FrozenSet<string> NounPhrase = FrozenSet.ToFrozenSet(
        ["THE", "A", "AN", "HIS", "HER", "THEIR", "ITS", "MY", "OUR", "SOME", "MORE", "SUCH", "IMMEDIATE", "SPEEDY", "PROMPT", "OF"], StringComparer.Ordinal);

    // "any arrests", "no arrest", "such arrests": a noun that names no particular act.
    private static readonly FrozenSet<string> NonSpecific = FrozenSet.ToFrozenSet(["ANY", "NO", "EVERY", "SUCH"], StringComparer.Ordinal);

    // "my arrest would not be in anyone's interest": a modal after the noun.
    private static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(["WILL", "WOULD", "COULD", "MAY", "MIGHT", "SHOULD", "CAN", "SHALL", "MUST"], StringComparer.Ordinal);

    // "made no arrests" is negated by TriggerContext; "will not be able to make any arrests" needs the mood of "make".
    private static readonly FrozenSet<string> LightVerbs = FrozenSet.ToFrozenSet(["MAKE", "MAKES", "MADE", "MAKING", "EFFECT", "EFFECTED"], StringComparer.Ordinal);

    // "nobody was arrested", "not a single activist has been arrested": a negative subject of the passive.
    private static readonly FrozenSet<string> NegativeSubjects = FrozenSet.ToFrozenSet(["NOBODY", "NONE", "NO", "NOT", "NEITHER", "NOR"], StringComparer.Ordinal);

    // Words after a participle that show it has no object: "people arrested under TADA", "those detained were freed".
    private static readonly FrozenSet<string> ParticipleFollowers = FrozenSet.ToFrozenSet(
        ["IN", "UNDER", "FOR", "FROM", "AT", "ON", "NEAR", "DURING", "WHILE", "AFTER", "BEFORE", "SINCE", "EARLIER", "LATER", "LAST", "SO", "ALSO",
         "WERE", "WAS", "ARE", "IS", "HAVE", "HAS", "HAD", "INCLUDE", "INCLUDED", "INCLUDING", ",", ".", ")", ";", ":"],
        StringComparer.Ordinal);

    // Words before a participle that make it an adjective or a noun's reduced relative: "the arrested persons", "those arrested".
    private static readonly FrozenSet<string> ParticipleOpeners = FrozenSet.ToFrozenSet(["THE", "THOSE", "THESE", "ALL", "OTHERS"], StringComparer.Ordinal);

    // Issue 8: "we have arrested five persons", "they fired 6,500 rounds, lobbed 8,300 teargas shells and arrested
    // 10,000 people": a personal pronoun the coder could not resolve, as the subject of an arrest or a repression.
    private static readonly FrozenSet<string> PersonalSubjects = FrozenSet.ToFrozenSet(["WE", "THEY"], StringComparer.Ordinal);

    /// <summary>Most words back from an active trigger its unresolved pronoun subject is sought.</summary>
    public const int PronounReach = 15;

    /// <summary>Most words back from a passive trigger a negative subject is sought.</summary>
    public const int SubjectReach = 8;

    /// <summary>True for the codes whose omitted agent is the police: within 173 or 175.</summary>
    public static bool Applies(EventCode code) => code.IsWithin(Arrest) || code.IsWithin(Repression);

    /// <summary>
    /// The police as the implied source of the trigger at words [<paramref name="first"/>, <paramref name="last"/>],
    /// or null when the code has no implied agent, the trigger is neither passive nor an event noun, or a repression
    /// names neither its patient nor a pattern's words (<paramref name="placed"/>: "the possibilities were suppressed").
    /// Whether the act happened is <see cref="Mood"/>'s to say.
    /// </summary>
    public static ActorSlot? Of(SentenceFrame frame, EventCode code, int first, int last, bool passive, bool nominal, bool placed)
    {
        var posture = code.IsWithin(PoliceAlert) || code.IsWithin(PolicePower);
        // "we were apprehending acts of retaliation" arrests nobody: the pronoun's arrest needs a person it is done to,
        // its repression a pattern's words ("they lobbed 8,300 teargas shells").
        var pronoun = !passive && !nominal && Applies(code) && HasPronounSubject(frame, first)
            && (code.IsWithin(Repression) ? placed : HasDirectObject(frame, last));
        if (!(Applies(code) || (posture && passive && placed)) || !(passive || pronoun || (nominal && EventNouns.Contains(frame.Words[last]))) || (code.IsWithin(Repression) && !placed))
        {
            return null;
        }

        if (code.IsWithin(Arrest) && IsSentence(frame, first, last))
        {
            // "was jailed for five years", "were sentenced to life": a court's sentence, not a police arrest (issue 8
            // point 5); the coder does not guess the court.
            return null;
        }

        var at = frame.Spans[first].Start;
        var actor = new EventActor(ActorCode.Parse("COP"), "Police Forces", new TextSpan(at, at), null)
        {
            Category = AcledActorCategory.StateForces,
            Generic = true,
            Rule = $"implied agent: {(passive ? "a passive" : pronoun ? "a pronoun's" : "a noun")} {code} without agent is the police's",
        };
        return new ActorSlot(first, last, actor, -1, Pronoun: false);
    }

    // A prison sentence: the verb of sentencing, or a term right after the trigger ("jailed for five years").
    private static bool IsSentence(SentenceFrame frame, int first, int last)
    {
        if (frame.Words[first] is "SENTENCED" or "CONVICTED" or "JAILED" or "IMPRISONED")
        {
            return true;
        }

        for (var i = last + 1; i < frame.Length && i <= last + 6; i++)
        {
            if (frame.Words[i] is "YEARS" or "YEAR" or "MONTHS" or "LIFE" or "DAYS" && frame.Words[i - 1] is not "OLD")
            {
                return true;
            }

            if (frame.IsHardStop(i))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The mood of an agentless act beyond what <see cref="TriggerContext.Mood"/> reads before its verb group: a
    /// passive with a negative subject is negated ("nobody was arrested"); a bare "be" passive is a subjunctive ("that
    /// those guilty be booked"); a noun that is wished for, names no particular act, modifies another noun or hangs on a
    /// verb that did not happen is hypothetical ("demanded the arrest of", "any arrests", "an arrest warrant", "will not
    /// make arrests", "my arrest would").
    /// </summary>
    public static EventMood Mood(SentenceFrame frame, int first, int last, bool passive) =>
        passive ? (HasNegativeSubject(frame, first) ? EventMood.Negated : IsSubjunctive(frame, first) ? EventMood.Hypothetical : EventMood.Asserted)
            : IsUnrealised(frame, first, last) ? EventMood.Hypothetical : EventMood.Asserted;

    /// <summary>
    /// True when the trigger at words [<paramref name="first"/>, <paramref name="last"/>] is a passive participle of a
    /// code with an implied agent used without an auxiliary: an adjective ("the arrested persons", "those detained") or
    /// a reduced relative after its patient ("31 people arrested near here", "kar sevaks arrested in Mumbai"). These
    /// verbs always take an object, so an "-ed" form with none after it, after a patient that is no state force, is
    /// passive.
    /// </summary>
    public static bool IsParticiple(SentenceFrame frame, int first, int last, EventCode code)
    {
        if (!Applies(code) || !frame.Words[last].EndsWith("ED", StringComparison.Ordinal) || first == 0)
        {
            return false;
        }

        if (ParticipleOpeners.Contains(frame.Words[first - 1]))
        {
            return true;
        }

        var next = last + 1 < frame.Length ? frame.Words[last + 1] : ".";
        return ParticipleFollowers.Contains(next) && frame.SlotEndingAt(first - 1) is { Pronoun: false } patient
            && patient.Actor.Category != AcledActorCategory.StateForces && !IsStateForce(patient.Actor.Code);
    }

    // "we have arrested": a clause that starts with an unresolved "we" or "they" and names no actor before the verb.
    private static bool HasPronounSubject(SentenceFrame frame, int first)
    {
        for (var i = first - 1; i >= 0 && first - i <= PronounReach; i--)
        {
            if (frame.SlotEndingAt(i) is not null || frame.IsHardStop(i))
            {
                return false;
            }

            if (PersonalSubjects.Contains(frame.Words[i]))
            {
                return i == 0 || !char.IsLetterOrDigit(frame.Words[i - 1][0]) || frame.Words[i - 1] is "AND" or "BUT" or "WHEN" or "THEN";
            }
        }

        return false;
    }

    // "arrested five persons", "picked up him", "arrested a staggering 10,000 people": an actor or a personal pronoun as
    // the verb's object, with no preposition before it.
    private static bool HasDirectObject(SentenceFrame frame, int last)
    {
        for (var i = last + 1; i < frame.Length && i <= last + 4; i++)
        {
            if (frame.SlotStartingAt(i) is not null || frame.Words[i] is "HIM" or "HER" or "THEM")
            {
                return true;
            }

            if (frame.IsHardStop(i) || frame.Words[i] is "OF" or "ON" or "IN" or "AT" or "FOR" or "TO" or "FROM" or "WITH" or "BY" or "," or ".")
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsStateForce(ActorCode code) =>
        code.Value.EndsWith("COP", StringComparison.Ordinal) || code.Value.EndsWith("MIL", StringComparison.Ordinal) || code.Value.EndsWith("GOV", StringComparison.Ordinal);

    private static bool HasNegativeSubject(SentenceFrame frame, int first)
    {
        for (var i = first - 1; i >= 0 && first - i <= SubjectReach && !frame.IsHardStop(i) && frame.Words[i] != ","; i--)
        {
            if (NegativeSubjects.Contains(frame.Words[i]))
            {
                return true;
            }
        }

        return false;
    }

    // "he suggested that those guilty be booked": a bare "be" before the participle, with no modal or "to" (which
    // TriggerContext reads), is a subjunctive or an imperative.
    private static bool IsSubjunctive(SentenceFrame frame, int first)
    {
        var i = first - 1;
        while (i >= 0 && first - i <= 3 && frame.Words[i] is not "BE" && frame.Words[i].EndsWith("LY", StringComparison.Ordinal))
        {
            i--;
        }

        return i >= 0 && frame.Words[i] == "BE" && (i == 0 || !(Modals.Contains(frame.Words[i - 1]) || frame.Words[i - 1] is "TO" or "NOT" or "'LL" or "'D"));
    }

    /// <summary>
    /// True when the event noun at words [<paramref name="first"/>, <paramref name="last"/>] names no act that
    /// happened: wished for ("sought deployment of the army"), non-specific ("any arrests"), modifying another noun, under
    /// an unrealised light verb, or negated by "non-" ("the non-deployment of central police").
    /// </summary>
    public static bool IsUnrealisedNoun(SentenceFrame frame, int first, int last) =>
        IsUnrealised(frame, first, last) || (first > 0 && frame.Words[first - 1] is "NON-" or "NON")
        || (first > 1 && frame.Words[first - 1] == "-" && frame.Words[first - 2] == "NON");

    private static bool IsUnrealised(SentenceFrame frame, int first, int last)
    {
        if (last + 1 < frame.Length && (ModifiedNouns.Contains(frame.Words[last + 1]) || Modals.Contains(frame.Words[last + 1])))
        {
            return true;
        }

        var i = first - 1;
        while (i >= 0 && first - i <= 4 && (NounPhrase.Contains(frame.Words[i]) || NonSpecific.Contains(frame.Words[i])) && !Wishes.Contains(frame.Words[i]))
        {
            if (NonSpecific.Contains(frame.Words[i]))
            {
                return true;
            }

            i--;
        }

        if (i < 0)
        {
            return false;
        }

        var w = frame.Words[i];
        return Wishes.Contains(w) || (LightVerbs.Contains(w) && TriggerContext.Mood(frame, i, baseForm: w is "MAKE" or "EFFECT") != EventMood.Asserted);
    }
}
