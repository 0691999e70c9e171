using System.Collections.Frozen;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Issue 8 point 5: an act that the clause prevents, averts or sets as a condition is not reported as done (the
/// guideline's "a purpose" and "conditional"): "police and troops patrolled … to prevent any outbreaks of rioting", "U.S.
/// troops have remained in Iraq to prevent ISIS from gaining ground", "deployed at railway stations to stop attacks on
/// trains", "a moratorium declared on condition that Iran stop attacking Iraqi territory". A prevention that failed
/// reports the act ("schemes have not prevented attacks like the Madrid rail bombing").
/// </summary>
internal static class Prevented
{
    /// <summary>Most words between the verb of preventing and the trigger.</summary>
    public const int Reach = 6;

    private static readonly FrozenSet<string> Preventing = FrozenSet.ToFrozenSet(
        ["PREVENT", "PREVENTS", "PREVENTED", "PREVENTING", "AVERT", "AVERTS", "AVERTED", "AVERTING", "DETER", "DETERS", "DETERRED", "DETERRING",
         "FORESTALL", "FORESTALLS", "FORESTALLED", "AVOID", "AVOIDS", "AVOIDED", "AVOIDING", "PRE-EMPT", "PREEMPT"],
        StringComparer.Ordinal);

    // Words of the prevented act's noun phrase or of "prevent X from": "any outbreaks of", "further", "the".
    private static readonly FrozenSet<string> Between = FrozenSet.ToFrozenSet(
        ["ANY", "THE", "A", "AN", "FURTHER", "NEW", "MORE", "POSSIBLE", "SUCH", "ALL", "OUTBREAK", "OUTBREAKS", "OF", "FROM", "RENEWED", "FUTURE", "ANOTHER", "ITS", "THEIR"],
        StringComparer.Ordinal);

    /// <summary>True when the trigger at <paramref name="first"/> (sentence-relative) is the act a verb of preventing governs, or the act of a condition ("on condition that").</summary>
    public static bool IsPrevented(SentenceFrame frame, int first)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var words = frame.Words;
        for (var i = first - 1; i >= 0 && i >= first - Reach; i--)
        {
            var w = words[i];
            if (Preventing.Contains(w) || (w == "STOP" && i > 0 && words[i - 1] == "TO"))
            {
                return !Failed(frame, i);
            }

            if (!(Between.Contains(w) || frame.SlotEndingAt(i) is not null || frame.InName(i) || (frame.SlotStartingAt(i) is null && IsInsideSlot(frame, i))))
            {
                break;
            }
        }

        // "on condition that Iran stop attacking": the act of the condition's clause.
        for (var i = first - 1; i > 1 && i >= first - 8; i--)
        {
            if (frame.IsHardStop(i) || words[i] is "," or ";")
            {
                break;
            }

            if (words[i] == "THAT" && words[i - 1] is "CONDITION" or "PROVIDED" or "PROVIDING")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInsideSlot(SentenceFrame frame, int i) => frame.Slots.Any(s => s.First <= i && i <= s.Last);

    // "have not prevented", "failed to prevent", "could not stop": the act happened.
    private static bool Failed(SentenceFrame frame, int verb)
    {
        for (var i = verb - 1; i >= 0 && i >= verb - 3; i--)
        {
            if (frame.Words[i] is "NOT" or "N'T" or "NEVER" or "FAILED" or "FAILS" or "FAIL" or "UNABLE")
            {
                return true;
            }
        }

        return false;
    }
}
