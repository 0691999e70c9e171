using System.Collections.Frozen;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Issue 8 point 5: what the clause around a trigger says about it beyond its verb group: a date word that only looks
/// like a trigger ("in March"), a noun trigger that is planned, scheduled or demanded ("the next meeting", "plans to
/// hold talks", "called for retaliation"), and an act of cooperation that the clause halts ("stopped imports").
/// </summary>
internal static class ClauseContext
{
    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
        ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"], StringComparer.Ordinal);

    // Words before a month that make it a date: "in March", "since March", "early March", "the end of March".
    private static readonly FrozenSet<string> BeforeDate = FrozenSet.ToFrozenSet(
        ["IN", "SINCE", "UNTIL", "TILL", "BY", "FROM", "THROUGH", "BEFORE", "AFTER", "DURING", "EARLY", "LATE", "MID", "MID-", "END", "LAST", "NEXT",
         "THIS", "OF", "AND", "OR", "TO", ","],
        StringComparer.Ordinal);

    // Before a noun trigger, in its noun phrase: what is not done yet.
    private static readonly FrozenSet<string> NotYet = FrozenSet.ToFrozenSet(
        ["NEXT", "SCHEDULED", "PROPOSED", "PROSPECTIVE", "POSSIBLE", "POTENTIAL", "FUTURE", "UPCOMING", "FORTHCOMING", "EXPECTED",
         "INTENDED", "IMMINENT", "THREATENED", "PENDING", "ENVISAGED", "MOOTED", "PLANS", "PLAN", "ANY"],
        StringComparer.Ordinal);

    // Verbs whose object is wanted, not done: "called for talks", "urged retaliation", "considered sanctions".
    private static readonly FrozenSet<string> Wanting = FrozenSet.ToFrozenSet(
        ["CALL", "CALLS", "CALLED", "CALLING", "URGE", "URGES", "URGED", "URGING", "DEMAND", "DEMANDS", "DEMANDED", "DEMANDING", "PROPOSE", "PROPOSES",
         "PROPOSED", "PROPOSING", "SUGGEST", "SUGGESTS", "SUGGESTED", "SUGGESTING", "CONSIDER", "CONSIDERS", "CONSIDERED", "CONSIDERING", "SEEK", "SEEKS",
         "SOUGHT", "SEEKING", "WANT", "WANTS", "WANTED", "WANTING", "PRESS", "PRESSED", "PRESSING", "PUSH", "PUSHED", "PUSHING", "APPEAL", "APPEALED",
         "APPEALING", "ASK", "ASKS", "ASKED", "ASKING", "RECOMMEND", "RECOMMENDED", "FAVOUR", "FAVOR", "FAVOURED", "FAVORED", "AWAIT", "AWAITS", "AWAITED",
         "AWAITING"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(
        ["WILL", "WOULD", "COULD", "MAY", "MIGHT", "SHOULD", "CAN", "SHALL", "MUST", "'LL", "'D", "WO", "CA"], StringComparer.Ordinal);

    // Words that end the clause a noun trigger belongs to, looking back.
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
        ["THAT", "WHEN", "AFTER", "BEFORE", "SINCE", "AS", "AND", "BUT", "OR", "WHILE", "BECAUSE", "ALTHOUGH", "THOUGH", "IF", "UNLESS", "WHETHER"],
        StringComparer.Ordinal);

    // "stopped imports", "a ban on imports", "suspended its aid", "broke off talks", "put an end to cooperation".
    private static readonly FrozenSet<string> Halting = FrozenSet.ToFrozenSet(
        ["STOP", "STOPS", "STOPPED", "STOPPING", "HALT", "HALTS", "HALTED", "HALTING", "BAN", "BANS", "BANNED", "BANNING", "SUSPEND", "SUSPENDS",
         "SUSPENDED", "SUSPENDING", "SUSPENSION", "CUT", "CUTS", "CUTTING", "END", "ENDS", "ENDED", "ENDING", "FREEZE", "FREEZES", "FROZE", "FROZEN",
         "FREEZING", "CEASE", "CEASES", "CEASED", "CEASING", "BLOCK", "BLOCKS", "BLOCKED", "BLOCKING", "BAR", "BARS", "BARRED", "BARRING", "CURB",
         "CURBS", "CURBED", "CURBING", "RESTRICT", "RESTRICTS", "RESTRICTED", "RESTRICTING", "RESTRICTIONS", "LIMIT", "LIMITS", "LIMITED", "LIMITING",
         "REDUCE", "REDUCES", "REDUCED", "REDUCING", "CANCEL", "CANCELS", "CANCELLED", "CANCELED", "CANCELLING", "CANCELING", "ABANDON", "ABANDONS",
         "ABANDONED", "ABANDONING", "SCRAP", "SCRAPS", "SCRAPPED", "SCRAPPING", "DISCONTINUE", "DISCONTINUES", "DISCONTINUED", "TERMINATE",
         "TERMINATES", "TERMINATED", "EMBARGO", "BOYCOTT", "BOYCOTTED", "BOYCOTTING", "OFF", "QUIT", "QUITS", "WITHDRAW", "WITHDREW", "WITHDRAWN",
         "WITHDRAWING", "REJECT", "REJECTS", "REJECTED", "REFUSE", "REFUSES", "REFUSED", "PROHIBIT", "PROHIBITS", "PROHIBITED", "OUTLAW", "OUTLAWED"],
        StringComparer.Ordinal);

    // Words that may stand between a halting word and the trigger it halts: determiners, possessives, prepositions.
    private static readonly FrozenSet<string> NounPhraseFill = FrozenSet.ToFrozenSet(
        ["THE", "A", "AN", "ITS", "THEIR", "HIS", "HER", "ALL", "ANY", "FURTHER", "NEW", "ON", "TO", "OF", "FROM", "WITH", "FOR", "AN", "AND"],
        StringComparer.Ordinal);

    /// <summary>True for a word that opens a subordinate clause or phrase ("that", "since", "after", "if" …), not "and".</summary>
    public static bool OpensClause(string word) => ClauseOpeners.Contains(word) && word is not ("AND" or "OR" or "AS");

    /// <summary>True when word <paramref name="i"/> is a month used as a date ("in March", "March 19", "march 12 -").</summary>
    public static bool IsDate(SentenceFrame frame, int i)
    {
        var words = frame.Words;
        if (!Months.Contains(words[i]))
        {
            return false;
        }

        var next = i + 1 < words.Length ? frame.Original(i + 1) : default;
        var previous = i > 0 ? frame.Original(i - 1) : default;
        return (next.Length > 0 && char.IsAsciiDigit(next[0])) || (previous.Length > 0 && char.IsAsciiDigit(previous[0]))
            || (i > 0 && BeforeDate.Contains(words[i - 1])) || frame.IsCapitalisedInside(i) || (i == 0 && frame.MixedCase && char.IsUpper(frame.Original(i)[0]));
    }

    /// <summary>
    /// True when the noun trigger at <paramref name="first"/> names what is not done: planned or scheduled ("the next
    /// meeting"), wanted ("called for talks"), under a modal or an infinitive of its clause ("will sell … in a repurchase
    /// agreement", "plans to hold talks").
    /// </summary>
    public static bool IsNotYet(SentenceFrame frame, int first)
    {
        var words = frame.Words;
        // "the arrested ram sevaks": a past participle before its noun reports a done act.
        if (words[first].EndsWith("ED", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = first - 1; i >= 0 && i >= first - 20; i--)
        {
            var w = words[i];
            if (frame.IsHardStop(i) || ClauseOpeners.Contains(w) || (w == "," && i < first - 1))
            {
                return false;
            }

            // "the next meeting", "a scheduled visit", "any agreement".
            if (NotYet.Contains(w) && first - i <= 3)
            {
                return true;
            }

            if (Modals.Contains(w) || (Wanting.Contains(w) && first - i <= 5))
            {
                return true;
            }

            // "to hold talks", "to consider retaliation": an infinitive whose object is the trigger, not the preposition
            // "to the summit" nor an infinitive further back ("the decision to seek support follows an escalation").
            if (w == "TO" && i + 1 < first && first - i <= 5 && IsInfinitive(frame, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the "to" at <paramref name="to"/> starts an infinitive ("to hold", "to consider"), not a
    /// preposition ("due to new sanctions", "to the summit", "up to seven").</summary>
    public static bool IsInfinitive(SentenceFrame frame, int to)
    {
        var words = frame.Words;
        if (to > 0 && words[to - 1] is "UP" or "CLOSE" or "ACCORDING" or "OWING" or "THANKS" or "PRIOR" or "CLOSE" or "NEXT" or "ADDITION" or "RESPONSE" or "REPLY" or "RETURN" or "RELATING" or "LEADING" or "HEADING" or "REGARD" or "RESPECT" or "AS" or "DUE")
        {
            return false;
        }

        // "due to police firing", "to the police": an actor after "to" is its object, not a verb (lower-case text).
        if (to + 1 < frame.Length && frame.SlotStartingAt(to + 1) is not null)
        {
            return false;
        }

        var word = words[to + 1];
        return frame.Original(to + 1) is { Length: > 1 } verb && char.IsLower(verb[0])
            && !NounPhraseFill.Contains(word) && !Numbers.Contains(word)
            && word is not ("THIS" or "THAT" or "THESE" or "THOSE" or "FRESH" or "MORE" or "MOST" or "OTHER" or "SOME" or "SUCH")
            && !word.EndsWith('S') && !word.EndsWith("ED", StringComparison.Ordinal) && !word.EndsWith("ING", StringComparison.Ordinal)
            && !word.EndsWith("ER", StringComparison.Ordinal) && !word.EndsWith("EST", StringComparison.Ordinal) && !word.EndsWith("LY", StringComparison.Ordinal)
            && !word.EndsWith("AL", StringComparison.Ordinal) && !word.EndsWith("IC", StringComparison.Ordinal) && !word.EndsWith("IVE", StringComparison.Ordinal);
    }

    private static readonly FrozenSet<string> Numbers = FrozenSet.ToFrozenSet(
        ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN", "TWELVE", "TWENTY", "THIRTY", "FIFTY", "HUNDRED",
         "HUNDREDS", "THOUSAND", "THOUSANDS", "DOZEN", "DOZENS", "HALF"],
        StringComparer.Ordinal);

    // Verbs that make an agreement or start talks happen: "signed a deal", "reached agreement", "conducted an exchange".
    private static readonly FrozenSet<string> Making = FrozenSet.ToFrozenSet(
        ["REACH", "REACHES", "REACHED", "REACHING", "SIGN", "SIGNS", "SIGNED", "SIGNING", "CONCLUDE", "CONCLUDES", "CONCLUDED", "CONCLUDING", "STRIKE",
         "STRIKES", "STRUCK", "CLINCH", "CLINCHED", "SEAL", "SEALED", "BROKER", "BROKERED", "FORGE", "FORGED", "WIN", "WON", "FINALISE", "FINALISED",
         "FINALIZE", "FINALIZED", "INITIAL", "INITIALLED", "INITIALED", "RATIFY", "RATIFIED", "APPROVE", "APPROVED", "ANNOUNCE", "ANNOUNCED", "AGREE",
         "AGREED", "ACCEPT", "ACCEPTED", "ENTER", "ENTERED", "HAMMER", "HAMMERED", "WORK", "WORKED", "CONDUCT", "CONDUCTED", "CARRY", "CARRIED",
         "HOLD", "HELD", "START", "STARTED", "BEGIN", "BEGAN", "RESUME", "RESUMED", "OPEN", "OPENED", "LAUNCH", "LAUNCHED", "NEGOTIATE", "NEGOTIATED",
         "MEDIATE", "MEDIATED", "DECLARE", "DECLARED", "OBSERVE", "OBSERVED", "EXCHANGE", "EXCHANGED", "SWAP", "SWAPPED", "IMPLEMENT", "IMPLEMENTED"],
        StringComparer.Ordinal);

    /// <summary>
    /// True when a verb of making governs the noun at [<paramref name="first"/>, <paramref name="last"/>]: before it with
    /// only a determiner, adjectives, numbers or a particle between ("signed a bilateral agreement", "carried out an
    /// exchange", "hammered out a deal"), or right after it with "by" ("the accord reached by OPEC").
    /// </summary>
    public static bool IsMade(SentenceFrame frame, int first, int last)
    {
        var words = frame.Words;
        for (var i = first - 1; i >= 0 && i >= first - 5; i--)
        {
            if (Making.Contains(words[i]))
            {
                return true;
            }

            if (!(NounPhraseFill.Contains(words[i]) || words[i] is "OUT" or "INTO" or "UP" or "ANOTHER" or "NEW" || (frame.Original(i) is { Length: > 0 } w && (char.IsLower(w[0]) || char.IsAsciiDigit(w[0])) && !frame.IsTrigger(i))))
            {
                return false;
            }
        }

        return last + 2 < words.Length && Making.Contains(words[last + 1]) && words[last + 1].EndsWith("ED", StringComparison.Ordinal) && words[last + 2] == "BY";
    }

    /// <summary>
    /// True when the noun trigger ending at <paramref name="last"/> is the subject of a modal or of "likely to" (issue 8
    /// point 5): "terrorist attacks will take place", "their vetoes would repeat", "sanctions … were likely to take
    /// effect", "an outright ban might cause". Only its noun phrase (prepositions, determiners, names, adjectives) may
    /// stand between the noun and the verb group.
    /// </summary>
    public static bool IsSubjectOfModal(SentenceFrame frame, int last)
    {
        var words = frame.Words;
        for (var i = last + 1; i < frame.Length && i <= last + 8; i++)
        {
            var w = words[i];
            if (Modals.Contains(w))
            {
                return true;
            }

            if (w is "IS" or "ARE" or "WAS" or "WERE" or "BE")
            {
                // "were likely to take effect", "is to begin"; not "was likely used" (probably was).
                var to = i + 1 < frame.Length && words[i + 1] is "LIKELY" or "UNLIKELY" or "EXPECTED" or "DUE" or "SET" or "SCHEDULED" or "PLANNED" ? i + 2 : i + 1;
                return to < frame.Length && words[to] == "TO" && ClauseContext.IsInfinitive(frame, to);
            }

            // A pronoun or a verb of saying starts another clause ("the bank said it would cut rates").
            if (frame.IsHardStop(i) || w is "," or ";" or ":" or "THAT" or "WHICH" or "WHO" or "AND" or "BUT" or "IT" or "HE" or "SHE" or "THEY" or "WE" or "I" or "YOU" or "THERE"
                || SlotRoles.IsIrregularVerb(w) || (frame.Original(i) is { Length: > 0 } o && char.IsLower(o[0])
                && (w.EndsWith("ED", StringComparison.Ordinal) || (w.EndsWith('S') && !w.EndsWith("SS", StringComparison.Ordinal) && i > last + 1 && !NounPhraseFill.Contains(words[i - 1]))) && frame.SlotStartingAt(i) is null))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when a negation stands before the noun at <paramref name="first"/> in its clause ("no agreement", "don't like fighting").</summary>
    public static bool IsNegatedNoun(SentenceFrame frame, int first)
    {
        var words = frame.Words;
        for (var i = first - 1; i >= 0 && i >= first - 5; i--)
        {
            if (frame.IsHardStop(i) || words[i] == "," || OpensClause(words[i]))
            {
                return false;
            }

            if (words[i] is "NO" or "NOT" or "N'T" or "NEVER" or "WITHOUT" or "NOR" or "NEITHER")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a halting word governs the trigger at <paramref name="first"/> ("stopped imports", "a ban on trade", "broke off talks").</summary>
    public static bool IsHalted(SentenceFrame frame, int first)
    {
        var words = frame.Words;
        for (var i = first - 1; i >= 0 && i >= first - 4; i--)
        {
            if (Halting.Contains(words[i]))
            {
                return true;
            }

            if (!NounPhraseFill.Contains(words[i]) && !(frame.Original(i) is { Length: > 0 } w && char.IsLower(w[0]) && !w.EndsWith("ed", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return false;
    }
}
