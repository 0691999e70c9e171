using System.Collections.Frozen;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Issue 8 point 5: a time still to come in the trigger's own clause makes an act that is not told in a past form a
/// plan, not a deed: "U.S. and Japanese officials meet tomorrow", "Senior officials tomorrow open talks", "a visit here
/// next week by Japanese trade officials", "Tomorrow's Group of Seven meeting", "when finance ministers hold an informal
/// meeting early next month", "the directors are expected to end their meetings later today" (the guideline's "future,
/// possible or conditional"). A past form keeps its act ("Conable met last night … to send a mission next week").
/// </summary>
internal static class FutureTime
{
    /// <summary>Most words looked at before the trigger.</summary>
    public const int Before = 8;

    /// <summary>Most words looked at after the trigger.</summary>
    public const int After = 10;

    private static readonly FrozenSet<string> TimeNouns = FrozenSet.ToFrozenSet(
        ["WEEK", "MONTH", "YEAR", "WEEKEND", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "SPRING", "SUMMER",
         "AUTUMN", "WINTER", "SESSION", "ROUND"],
        StringComparer.Ordinal);


    // Finite verbs of another clause after a noun trigger: "the threat from attacks … was high on the agenda for next
    // week's summit" (the time belongs to the agenda, not to the attacks).
    private static readonly FrozenSet<string> Finite = FrozenSet.ToFrozenSet(["IS", "ARE", "WAS", "WERE", "WILL", "WOULD", "HAS", "HAVE", "HAD"], StringComparer.Ordinal);

    /// <summary>True when the trigger at words [<paramref name="first"/>, <paramref name="last"/>] (sentence-relative) is no past form and a future time stands in its clause.</summary>
    public static bool IsScheduled(SentenceFrame frame, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(frame);
        for (var k = first; k <= last; k++)
        {
            var w = frame.Words[k];
            if (PastForm.IsPast(w))
            {
                return false;
            }
        }

        for (var i = first - 1; i >= 0 && i >= first - Before; i--)
        {
            if (Stops(frame, i))
            {
                break;
            }

            if (IsFuture(frame, i))
            {
                return true;
            }
        }

        for (var i = last + 1; i < frame.Length && i <= last + After; i++)
        {
            if (Stops(frame, i) || Finite.Contains(frame.Words[i]))
            {
                break;
            }

            if (IsFuture(frame, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Stops(SentenceFrame frame, int i) =>
        frame.IsHardStop(i) || frame.Words[i] is "," or ";" or ":" || ClauseContext.OpensClause(frame.Words[i]);

    // "tomorrow", "next week", "next Monday", "later this week", "later today", "this coming Tuesday".
    private static bool IsFuture(SentenceFrame frame, int i)
    {
        var words = frame.Words;
        var next = i + 1 < frame.Length ? words[i + 1] : "";
        return words[i] == "TOMORROW"
            || (words[i] == "NEXT" && TimeNouns.Contains(next))
            || (words[i] == "LATER" && next is "THIS" or "TODAY" or "TONIGHT")
            || (words[i] == "THIS" && next == "COMING");
    }
}
