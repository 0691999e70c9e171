using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// "Warplanes pounded the village, killing six civilians": a participle after a comma whose subject the sentence
/// leaves out has the main clause's subject as its subject; the two are one act (issue 8). The participle's event
/// takes the main event's source, and a main event with no target of its own (the village is no actor) is folded into
/// it, keeping the main trigger's words in the evidence.
/// </summary>
internal static class ParticipleAdjuncts
{
    public static List<EventCandidate> Merge(SentenceFrame frame, List<EventCandidate> candidates)
    {
        if (candidates.Count < 2)
        {
            return candidates;
        }

        var result = new List<EventCandidate>(candidates);
        foreach (var adjunct in candidates)
        {
            var e = adjunct.Event;
            if (e.Target is null || !IsCommaParticiple(frame, e.Trigger))
            {
                continue;
            }

            // The nearest earlier event of the sentence with a source: the main clause.
            var main = candidates.Where(c => c.Event.Source is not null && c.Event.Trigger.End <= e.Trigger.Start && c.Mood == adjunct.Mood)
                .OrderByDescending(c => c.Event.Trigger.Start).FirstOrDefault();
            if (main is null || (e.Source is not null && e.Source.Code != main.Event.Source!.Code))
            {
                continue;
            }

            var merged = e with
            {
                Source = e.Source ?? main.Event.Source,
                Evidence = main.Event.Evidence.Union(e.Evidence),
                Confidence = Math.Round(Math.Max(e.Confidence, main.Event.Confidence), 2),
                Rule = e.Source is null ? $"{e.Rule}; source from the main clause ({main.Event.Rule})" : $"{e.Rule}; with the main clause ({main.Event.Rule})",
            };
            result[result.IndexOf(adjunct)] = adjunct with { Event = merged };
            if (main.Event.Target is null)
            {
                result.Remove(main);
            }
        }

        return result;
    }

    // ", killing six", ", wounding 12": an -ing word right after a comma.
    private static bool IsCommaParticiple(SentenceFrame frame, TextSpan trigger)
    {
        for (var i = 1; i < frame.Length; i++)
        {
            if (frame.Spans[i].Start == trigger.Start)
            {
                return frame.Words[i - 1] == "," && frame.Words[i].EndsWith("ING", StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>
    /// The actor slot right after a one-word -ing trigger that stands after a determiner or another -ing verb ("the
    /// retreating troops", "pursuing retreating Iranian troops"): the participle modifies that noun phrase. Null otherwise
    /// ("began attacking Iranian troops" has an object).
    /// </summary>
    public static ActorSlot? Prenominal(SentenceFrame frame, int first, int last)
    {
        if (first != last || first == 0 || first + 1 >= frame.Length || !frame.Words[first].EndsWith("ING", StringComparison.Ordinal))
        {
            return null;
        }

        var before = frame.Words[first - 1];
        var opens = before is "THE" or "A" or "AN" or "ITS" or "THEIR" or "HIS" or "HER" or "THESE" or "THOSE" or "SOME" or "MANY"
            || (before.Length > 5 && before.EndsWith("ING", StringComparison.Ordinal) && frame.SlotEndingAt(first - 1) is null);
        return opens && frame.SlotStartingAt(first + 1) is { Pronoun: false } slot ? slot : null;
    }
}
