using System.Collections.Immutable;
using System.Collections.Frozen;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// What the words around a trigger say about it: its mood (negation, modality), its voice (passive, reduced
/// relative "the offensive launched by …") and whether it is used as a noun ("the attacks", "Turkish support").
/// </summary>
internal static class TriggerContext
{
    private static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet(["NOT", "N'T", "NEVER", "NO", "NEITHER", "NOR", "CANNOT"], StringComparer.Ordinal);

    // Modal and future auxiliaries: "could send", "will meet", "would attack".
    private static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(
        ["WILL", "WOULD", "COULD", "MAY", "MIGHT", "SHOULD", "CAN", "SHALL", "MUST", "'LL", "'D", "WO", "CA"], StringComparer.Ordinal);

    // Words that make the verb group's words no event of their own: "thinking of sending", "the threat of attack".
    private static readonly FrozenSet<string> IntentHeads = FrozenSet.ToFrozenSet(
        ["THINKING", "THOUGHT", "CONSIDERING", "CONSIDERED", "IDEA", "POSSIBILITY", "PROSPECT", "RISK", "THREAT", "THREATS", "CAPABLE", "TALK", "PLANS", "PLAN", "PLANNING", "FEAR", "FEARS"],
        StringComparer.Ordinal);

    // Verbs after which an infinitive is done, not intended: "continue to arrest", "began to shell".
    private static readonly FrozenSet<string> Ongoing = FrozenSet.ToFrozenSet(
        ["CONTINUE", "CONTINUES", "CONTINUED", "CONTINUING", "BEGAN", "BEGIN", "BEGINS", "STARTED", "START", "STARTS", "PROCEEDED", "PROCEEDS",
         "WENT", "WENT_ON", "MANAGED", "MANAGES", "BEGUN", "RESUME", "RESUMED", "RESUMES"],
        StringComparer.Ordinal);

    // Verbs whose "to"-infinitive happened when they did (issue 8): "had to fire", "was forced to", "managed to".
    // Issue 8 (wt11-ipe): "the police acted (swiftly) to arrest": acting to do it is doing it.
    private static readonly FrozenSet<string> Implicatives = FrozenSet.ToFrozenSet(["HAD", "FORCED", "COMPELLED", "OBLIGED", "MANAGED", "ABLE", "ACTED"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Causatives = FrozenSet.ToFrozenSet(
        ["FORCED", "FORCING", "COMPELLED", "COMPELLING", "PROMPTED", "PROMPTING", "DROVE", "DRIVING", "OBLIGED"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Conditionals = FrozenSet.ToFrozenSet(["IF", "UNLESS", "WHETHER", "LEST"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Be = FrozenSet.ToFrozenSet(["IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "'S", "'RE", "GET", "GETS", "GOT", "GOTTEN"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Adverbs = FrozenSet.ToFrozenSet(
        ["ALREADY", "ALSO", "NOW", "RECENTLY", "REPORTEDLY", "ALLEGEDLY", "FIRST", "JUST", "STILL", "THEN", "AGAIN", "QUICKLY", "REPEATEDLY", "HEAVILY", "LATER", "EARLIER", "ONCE", "EVEN", "GENERALLY", "OFTEN", "FINALLY", "JOINTLY", "OFFICIALLY", "PUBLICLY", "SUCCESSFULLY", "YET", "HAVE", "HAS", "HAD", "DID", "DOES", "DO"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> TimeWords = FrozenSet.ToFrozenSet(
        ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "TODAY", "YESTERDAY", "TONIGHT", "NIGHT", "MORNING",
         "AFTERNOON", "EVENING", "WEEKEND", "WEEK", "MONTH", "YEAR", "EARLIER", "LATER"],
        StringComparer.Ordinal);

    // Before a noun: "the attacks", "Turkish support for", "attacks by".
    private static readonly FrozenSet<string> NounOpeners = FrozenSet.ToFrozenSet(
        ["THE", "A", "AN", "THIS", "THAT", "THESE", "THOSE", "ITS", "THEIR", "HIS", "HER", "OUR", "MY", "YOUR", "'S", "OF", "BY", "IN", "ON", "FOR", "WITH", "FROM", "AFTER", "BEFORE", "AGAINST", "AMID", "DURING", "ANY", "SOME", "NEW", "FURTHER", "MORE", "RECENT", "LATEST", "FRESH", "MILITARY", "FINANCIAL", "AIR", "PLANNED", "NO", "EVERY", "EACH", "SUCH", "SEVERAL", "MANY", "JOINT", "AS",
         "NEXT", "SCHEDULED", "PROPOSED", "PROSPECTIVE", "POSSIBLE", "POTENTIAL", "FUTURE", "UPCOMING", "FORTHCOMING"],
        StringComparer.Ordinal);

    // Issue 8: "the policemen who on sunday killed": "on" and a day close an adverbial; the "on" opens no noun phrase
    // of the trigger.
    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
        ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"], StringComparer.Ordinal);

    /// <summary>Mood of the trigger at words [first, last].</summary>
    public static EventMood Mood(SentenceFrame frame, int first, bool baseForm)
    {
        var words = frame.Words;
        // "to send", "to adequately investigate": an infinitive is intended, not done; not after a verb of going on
        // ("police continue to arrest activists", "began to shell": issue 8 point 5).
        var to = first > 0 && words[first - 1] == "TO" ? first - 1 : first > 1 && words[first - 2] == "TO" && IsAdverb(words[first - 1]) ? first - 2 : -1;
        if (baseForm && to >= 0 && !(to > 0 && Ongoing.Contains(words[to - 1])))
        {
            // Issue 8: "the police had to fire", "were forced to open fire", "was able to arrest": an implicative verb
            // before "to" asserts the act as far as its own verb group does.
            if (to > 0 && Implicatives.Contains(words[to - 1]))
            {
                return Mood(frame, to - 1, baseForm: false);
            }

            // ... also with a manner adverb between ("acted swiftly to arrest", "was quickly able to").
            if (to > 1 && words[to - 1].EndsWith("LY", StringComparison.Ordinal) && Implicatives.Contains(words[to - 2]))
            {
                return Mood(frame, to - 2, baseForm: false);
            }

            // "forcing the police to open fire", "prompted troops to withdraw": a causative verb with its object makes
            // the act happen as far as its own verb group does.
            if (to > 1 && frame.SlotEndingAt(to - 1) is { } forced && forced.First > 0 && Causatives.Contains(words[forced.First - 1] is "THE" or "A" or "AN" && forced.First > 1 ? words[forced.First - 2] : words[forced.First - 1]))
            {
                var verb = words[forced.First - 1] is "THE" or "A" or "AN" ? forced.First - 2 : forced.First - 1;
                return words[verb].EndsWith("ING", StringComparison.Ordinal) ? EventMood.Asserted : Mood(frame, verb, baseForm: false);
            }

            return EventMood.Hypothetical;
        }

        if (first > 1 && words[first - 1] is "OF" or "ABOUT" && IntentHeads.Contains(words[first - 2]))
        {
            return EventMood.Hypothetical;
        }

        // Issue 8 point 5: "accused Greece of breaching", "suspected of attacking": the charge is the act, not what it
        // charges; "without breaching OPEC accords": negated.
        if (words[first].EndsWith("ING", StringComparison.Ordinal) && first > 0)
        {
            if (words[first - 1] == "WITHOUT" || (first > 1 && words[first - 2] == "WITHOUT" && IsAdverb(words[first - 1])))
            {
                return EventMood.Negated;
            }

            if (words[first - 1] == "OF" && Charged(frame, first - 1))
            {
                return EventMood.Hypothetical;
            }
        }

        // Issue 8 point 5: "speculation that the Fed board was holding a meeting", "rumours that …": what is speculated.
        for (var i = first - 1; i > 0 && i >= first - 12 && !frame.IsHardStop(i) && words[i] is not ("," or ";" or ":"); i--)
        {
            if (words[i] == "THAT" && Speculation.Contains(words[i - 1]))
            {
                return EventMood.Hypothetical;
            }
        }

        // "the prospect of a strike", "the threat of new sanctions", "the risk of (an) Iranian attack" (issue 8 point 5):
        // determiners, a few modifiers and the actor's name between "of" and the trigger.
        for (var i = first - 1; i >= 1 && i >= first - 4; i--)
        {
            if (words[i] is "OF" or "ABOUT")
            {
                if (IntentHeads.Contains(words[i - 1]))
                {
                    return EventMood.Hypothetical;
                }

                break;
            }

            if (!(words[i] is "A" or "AN" or "THE" or "NEW" or "FURTHER" or "MORE" or "POSSIBLE" or "FRESH" || frame.SlotEndingAt(i) is not null || frame.InName(i)))
            {
                break;
            }
        }

        // The verb group before the trigger: auxiliaries, adverbs and negators back to the subject.
        for (var i = first - 1; i >= 0 && i >= first - 5; i--)
        {
            var w = words[i];
            if (Negators.Contains(w))
            {
                return EventMood.Negated;
            }

            if (Modals.Contains(w))
            {
                return EventMood.Hypothetical;
            }

            // "are likely to be arrested", "to be deployed": a passive infinitive is intended, not done ("had to be
            // fired" is, as far as "had" is).
            if (w == "TO" && i + 1 < first && Be.Contains(words[i + 1]))
            {
                return i > 0 && Implicatives.Contains(words[i - 1]) ? Mood(frame, i - 1, baseForm: false) : EventMood.Hypothetical;
            }

            if (!IsAdverb(w) && !Be.Contains(w))
            {
                break;
            }
        }

        // Issue 8 point 5: "the project will examine strategies … and finance training", "was expected to improve their
        // ability … and bolster the market": a base form after "and" shares the modal or the "to" of the verb it is
        // joined to, within the clause.
        if (baseForm && first > 0 && words[first - 1] is "AND" or "OR" && ConjoinedUnrealised(frame, first - 1))
        {
            return EventMood.Hypothetical;
        }

        // Issue 8 point 5: "in the event of Brazil withdrawing", "in case they need to help evacuate": a condition of the
        // trigger's own clause (not of a question before a comma: "Asked if …, in the event of war, he replied").
        for (var i = first - 1; i > 0 && i >= first - 8; i--)
        {
            if (frame.IsHardStop(i) || words[i] is "," or ";" or ":")
            {
                break;
            }

            if ((words[i] == "EVENT" && i > 1 && words[i - 1] == "THE" && words[i - 2] == "IN") || (words[i] == "CASE" && words[i - 1] == "IN"))
            {
                return EventMood.Hypothetical;
            }
        }

        for (var i = first - 1; i >= 0 && i >= first - 12; i--)
        {
            if (Conditionals.Contains(words[i]))
            {
                return EventMood.Hypothetical;
            }


            if (frame.IsHardStop(i))
            {
                break;
            }
        }

        return EventMood.Asserted;
    }

    // "accused Greece of", "suspected of", "charged Gondor with": a verb of charging a few words before the "of".
    private static bool Charged(SentenceFrame frame, int of)
    {
        for (var i = of - 1; i >= 0 && i >= of - 6; i--)
        {
            if (Charging.Contains(frame.Words[i]))
            {
                return true;
            }

            if (frame.IsHardStop(i) || frame.Words[i] is "," or ";")
            {
                return false;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> Charging = FrozenSet.ToFrozenSet(
        ["ACCUSED", "ACCUSE", "ACCUSES", "ACCUSING", "SUSPECTED", "SUSPECT", "SUSPECTS", "CHARGED", "CONVICTED", "ACQUITTED", "GUILTY", "INNOCENT",
         "ALLEGED", "ALLEGATIONS", "ALLEGATION", "ACCUSATIONS", "ACCUSATION", "CHARGES", "CHARGE", "CLEARED"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Speculation = FrozenSet.ToFrozenSet(
        ["SPECULATION", "SPECULATED", "RUMOURS", "RUMORS", "RUMOUR", "RUMOR", "RUMOURED", "RUMORED", "FEARS", "FEARED", "POSSIBILITY", "CONJECTURE"],
        StringComparer.Ordinal);

    // The verb group the conjunction at <and> joins on to, looking back at most 15 words within the clause: a modal, or
    // the "to" of an infinitive, before any other finite verb group ("has", "was", "said" … end the search).
    private static bool ConjoinedUnrealised(SentenceFrame frame, int and)
    {
        var words = frame.Words;
        for (var i = and - 1; i >= 0 && i >= and - 15; i--)
        {
            var w = words[i];
            if (frame.IsHardStop(i) || w is ";" or ":" or "," or "AND" or "OR" or "BUT" || ClauseContext.OpensClause(w))
            {
                return false;
            }

            if (Modals.Contains(w))
            {
                return true;
            }

            if (w == "TO" && ClauseContext.IsInfinitive(frame, i))
            {
                return !(i > 0 && (Implicatives.Contains(words[i - 1]) || Ongoing.Contains(words[i - 1])));
            }

            if (Be.Contains(w) || w is "HAS" or "HAVE" or "HAD" or "DID" or "DOES" or "DO" or "SAID" or "SAYS")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True for an adverb or adverb-like auxiliary of a verb group ("already", "had", "reportedly").</summary>
    public static bool IsAdverb(string word) => Adverbs.Contains(word) || (word.Length > 4 && word.EndsWith("LY", StringComparison.Ordinal));

    /// <summary>True for "was attacked (by)", "has been sent", and the reduced relative "the offensive launched by".</summary>
    public static bool IsPassive(SentenceFrame frame, int first, int last, bool baseForm)
    {
        var words = frame.Words;
        var word = words[last];
        if (word.EndsWith("ING", StringComparison.Ordinal) || (word.EndsWith('S') && !word.EndsWith("SS", StringComparison.Ordinal)))
        {
            return false;
        }

        // A base form is passive only after a form of "be" ("was hit", "were shut"): its participle is the same word.
        if (!baseForm && last + 1 < frame.Length && words[last + 1] == "BY")
        {
            return true;
        }

        // Issue 8 point 5: "was beaten and abducted", "was captured, tried and sentenced", "trained and armed by Paris".
        if (first == last && HarmParticiple.IsJoinedToPassive(frame, first, k => IsPassive(frame, k, k, baseForm: false)))
        {
            return true;
        }

        for (var i = first - 1; i >= 0 && i >= first - 3; i--)
        {
            if (Be.Contains(words[i]) && words[i] != "'S")
            {
                return true;
            }

            // "were reported killed", "was believed kidnapped" (issue 8 point 5).
            if (!IsAdverb(words[i]) && !Negators.Contains(words[i]) && words[i] is not ("REPORTED" or "SAID" or "BELIEVED" or "FEARED" or "CONFIRMED" or "THOUGHT" or "ALLEGEDLY"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when the trigger reads as a noun here: after a determiner, preposition or possessive, not an -ing form.</summary>
    public static bool IsNominal(SentenceFrame frame, int first)
    {
        var word = frame.Words[first];
        if (word.EndsWith("ING", StringComparison.Ordinal))
        {
            // "fighting has increased": a gerund subject.
            return first + 1 < frame.Length && frame.Words[first + 1] is "HAS" or "HAVE" or "HAD" or "IS" or "WAS" or "ARE" or "WERE";
        }

        if (first == 0)
        {
            return false;
        }

        if (frame.SlotEndingAt(first - 1) is { Pronoun: false } slot && slot.Actor.Code.Value.Length == 3 && IsDemonymLike(frame, slot))
        {
            return true;
        }

        // "the next Gondor visit", "a Moscow visit": a name between a determiner and the trigger modifies a noun; a
        // generic actor is a whole noun phrase ("the police commissioner denied").
        if (frame.SlotEndingAt(first - 1) is { Pronoun: false, Actor.Generic: false } named && named.First > 0 && NounOpeners.Contains(frame.Words[named.First - 1])
            && frame.Words[named.First - 1] is not ("OF" or "BY" or "IN" or "ON" or "FOR" or "WITH" or "FROM" or "AFTER" or "BEFORE" or "AGAINST" or "AMID" or "DURING" or "AS"))
        {
            return true;
        }

        // "the attacks", "a dangerous escalation", "its latest offensive": a determiner or preposition shortly before,
        // with only modifiers between (no actor, auxiliary or adverb). A past form is a noun's modifier only right after
        // its determiner ("the arrested persons"), else a verb ("the police in self-defence fired", "the two sides hurled").
        var pastForm = word.EndsWith("ED", StringComparison.Ordinal);
        for (var i = first - 1; i >= 0 && i >= (pastForm ? first - 1 : first - 3); i--)
        {
            var w = frame.Words[i];
            // "forces on Wednesday freed …", "police last night arrested …": a time phrase, not a noun phrase.
            if (TimeWords.Contains(w))
            {
                return false;
            }

            if (NounOpeners.Contains(w))
            {
                return true;
            }

            // "chased the raiders and shot one": a conjunction starts another verb phrase (issue 8).
            if (frame.SlotEndingAt(i) is not null || Be.Contains(w) || Adverbs.Contains(w) || Negators.Contains(w) || Modals.Contains(w) || frame.IsHardStop(i) || (Weekdays.Contains(w) && i > 0 && frame.Words[i - 1] == "ON") || w is "," or "TO" or "AND" or "OR")
            {
                return false;
            }
        }

        return false;
    }

    // "Turkish support": a country code on an adjective-like mention right before the trigger.
    private static bool IsDemonymLike(SentenceFrame frame, ActorSlot slot) =>
        frame.Words[slot.Last].EndsWith("ISH", StringComparison.Ordinal) || frame.Words[slot.Last].EndsWith("AN", StringComparison.Ordinal)
        || frame.Words[slot.Last].EndsWith("ESE", StringComparison.Ordinal) || frame.Words[slot.Last].EndsWith('I');
}
