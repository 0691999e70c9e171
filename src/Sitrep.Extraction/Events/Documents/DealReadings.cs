using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Issue 8 point 5: two readings of who the parties of an act are, by the guideline's rules on commercial dealings and
/// on a named target that is dropped. A firm's own dealings ("Unicorp signed an agreement to acquire Lincoln Savings
/// Bank", "Krung Thai Bank will start taking over Sayam Bank") are commerce, not an event between states; and a joint
/// act of an and-joined subject whose other party no code covers ("Sonatrach and the U.S. Panhandle group signed a
/// 20-year accord", "Algeria and the ASEAN countries signed a memorandum") has lost its target.
/// </summary>
internal static class DealReadings
{
    /// <summary>Words between an actor and the trigger, or before the actor, that the and-joined partner may span.</summary>
    public const int PartnerWindow = 8;

    /// <summary>
    /// True when <paramref name="e"/> is no statement and its source is a firm (role <c>BUS</c>, not an
    /// intergovernmental body) whose target is empty or another firm.
    /// </summary>
    public static bool IsFirmsOwnDealing(DocumentEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Code.RootNumber != 1 && IsFirm(e.Source) && (e.Target is null || IsFirm(e.Target));
    }

    /// <summary>
    /// True when <paramref name="e"/> is a joint act (roots 03 to 06: agreeing, meeting, signing, cooperating) with a
    /// source and no target, and the source is joined by "and" to a party that no code covers, right before the trigger
    /// ("X and Y signed") or right before the source ("Y and X signed").
    /// </summary>
    public static bool HasUncodedPartner(SentenceFrame frame, DocumentEvent e)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(e);
        if (e.Code.RootNumber is < 3 or > 6 || e.Source is not { } source || e.Target is not null)
        {
            return false;
        }

        var slot = frame.Slots.FirstOrDefault(s => s.Actor.Span == source.Span && !s.Pronoun);
        var trigger = IndexOf(frame, e.Trigger.Start);
        if (slot is null || trigger < 0 || slot.Last >= trigger || trigger - slot.Last > PartnerWindow)
        {
            return false;
        }

        // "X and Y signed": an "and" between the source and the trigger, with no coded actor after it.
        for (var i = slot.Last + 1; i < trigger; i++)
        {
            if (frame.IsHardStop(i) || frame.Words[i] is "," or ";")
            {
                return false;
            }

            if (frame.Words[i] == "AND")
            {
                return !frame.Slots.Any(s => s.First > i && s.First < trigger);
            }
        }

        // "Y and X signed": an "and" right before the source (an article between), with no coded actor before it in
        // the same stretch of the clause.
        var k = slot.First - 1;
        while (k >= 0 && frame.Words[k] is "THE" or "A" or "AN")
        {
            k--;
        }

        if (k < 1 || frame.Words[k] != "AND")
        {
            return false;
        }

        var from = k - 1;
        while (from > 0 && k - from < PartnerWindow && !frame.IsHardStop(from - 1) && frame.Words[from - 1] is not ("," or ";"))
        {
            from--;
        }

        return !frame.Slots.Any(s => s.Last >= from && s.Last < k);
    }

    private static bool IsFirm(EventActor? actor) =>
        actor is not null && actor.Code.Value is { Length: >= 3 } code && code.EndsWith("BUS", StringComparison.Ordinal) && !code.StartsWith("IGO", StringComparison.Ordinal);

    private static int IndexOf(SentenceFrame frame, int start)
    {
        for (var i = 0; i < frame.Length; i++)
        {
            if (frame.Spans[i].Start == start)
            {
                return i;
            }
        }

        return -1;
    }
}
