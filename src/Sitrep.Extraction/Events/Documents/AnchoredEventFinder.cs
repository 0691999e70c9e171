using Sitrep.Core.Model;
using Sitrep.Extraction.Events.Acled;
using Sitrep.Extraction.Events.Codebook;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Events that a sentence reports by a noun or verb of ACLED's own vocabulary rather than by a verb pattern (issue 8
/// point 1): "a grenade attack on police", "clashes between rebels and the army", "protests by farmers". The
/// strongest anchor cue of the sentence (<c>data/events/acled-cues.txt</c>) is the trigger; the actor before it in
/// its clause is the source, the one after it the target; a civilian or a passive subject is the target. An event
/// needs at least one actor; its CAMEO code is the one the mapping file gives the cue's label.
/// </summary>
internal static class AnchoredEventFinder
{
    /// <summary>Words either side of the anchor an actor may lie at.</summary>
    public const int Window = 8;

    private static bool CanAct(EventActor? actor, bool demonstration)
    {
        if (actor is null)
        {
            return false;
        }

        var category = actor.Category != AcledActorCategory.None ? actor.Category : AcledActorTypes.OfCode(actor.Code);
        var code = actor.Code.Value;
        var armedState = category == AcledActorCategory.StateForces && (actor.Generic || code.Contains("MIL", StringComparison.Ordinal) || code.Contains("COP", StringComparison.Ordinal) || code.Contains("SPY", StringComparison.Ordinal));
        return armedState || category is AcledActorCategory.RebelGroup or AcledActorCategory.PoliticalMilitia or AcledActorCategory.IdentityMilitia or AcledActorCategory.Rioters or AcledActorCategory.ExternalOther
            || (demonstration && category is AcledActorCategory.Protesters or AcledActorCategory.Civilians);
    }

    public static IEnumerable<EventCandidate> Find(SentenceFrame frame, AcledResources acled, CameoCodebook codebook)
    {
        if (frame.Slots.IsEmpty)
        {
            yield break;
        }

        var hits = acled.Cues.Find(frame.Words);
        AcledCueHit? best = null;
        AcledCue? bestCue = null;
        foreach (var hit in hits)
        {
            foreach (var cue in hit.Cues)
            {
                if (cue.Anchor && acled.Taxonomy[cue.Label].Cameo is not null
                    && (bestCue is null || cue.Weight > bestCue.Weight || (cue.Weight == bestCue.Weight && bestCue.NeedsArmedActor && !cue.NeedsArmedActor))
                    && !frame.InName(hit.First))
                {
                    best = hit;
                    bestCue = cue;
                }
            }
        }

        if (best is null || bestCue is null || acled.Taxonomy[bestCue.Label].Cameo is not { } code)
        {
            yield break;
        }

        var strong = !bestCue.NeedsArmedActor;
        var mood = TriggerContext.Mood(frame, best.First, baseForm: false);
        var before = frame.SlotBefore(best.First - 1, Window);
        var after = frame.SlotAfter(best.Last + 1, Window, stopAtComma: false);
        var passive = best.First > 0 && frame.Words[best.First - 1] is "WAS" or "WERE" or "BEEN" or "BEING" or "IS" or "ARE";
        ActorSlot? source = before;
        ActorSlot? target = after;
        // Demonstrators and rioters act in their own events ("a sit-in by students", "villagers rioted").
        var demonstration = bestCue.Label is CaseLabel.PEACE_PROTEST or CaseLabel.VIOL_DEMONSTR or CaseLabel.MOB_VIOL or CaseLabel.PROPERTY_DISTRUCT;
        if (after is not null && best.Last + 1 < frame.Length && frame.Words[best.Last + 1] == "BY")
        {
            // "attacks by rebels on the army": the by-phrase is the actor.
            (source, target) = (after, source is not null && source != after ? source : null);
        }
        else if (source is not null && (passive || (source.Actor.Category == AcledActorCategory.Civilians && !demonstration)))
        {
            (source, target) = (after is not null && after.Actor.Category != AcledActorCategory.Civilians ? after : null, source);
        }

        // Issue 8: "police inaction during the riots", "the police action when the mobs took to the roads": state forces
        // are no rioters or demonstrators of their own noun; "a caller informed the city police of bombs": the one told
        // of an act is not its author.
        if (source is not null && ((demonstration && IsStateForce(source.Actor)) || IsAddressee(frame, source)))
        {
            source = null;
        }

        if (source is null && target is null)
        {
            // The nearest actor anywhere in the sentence: "…, killing six civilians"; never across a clause or a verb
            // of saying (issue 8: "police said that the bombs were made" reports the bombs, police made none).
            var nearest = frame.Slots.Where(s => !StopBetween(frame, s, best) && !(demonstration && IsStateForce(s.Actor)) && !IsAddressee(frame, s)).OrderBy(s => Math.Min(Math.Abs(s.First - best.Last), Math.Abs(best.First - s.Last))).FirstOrDefault();
            if (nearest is null || Math.Min(Math.Abs(nearest.First - best.Last), Math.Abs(best.First - nearest.Last)) > 2 * Window)
            {
                yield break;
            }

            if (!demonstration && (nearest.Actor.Category == AcledActorCategory.Civilians || nearest.First > best.Last))
            {
                target = nearest;
            }
            else
            {
                source = nearest;
            }
        }

        if (source is not null && target is not null && (source.Actor.Code == target.Actor.Code || source == target))
        {
            target = null;
        }

        // A noun alone makes an event only with an actor who can commit the act: an armed group or force, or (for a
        // demonstration) demonstrators; "Turkey and Russia agreed a deal" or "a march by the company" make none.
        if (!strong && !CanAct(source?.Actor, demonstration) && !CanAct(target?.Actor, demonstration))
        {
            yield break;
        }

        var entry = codebook[code];
        var first = Math.Min(best.First, Math.Min(source?.First ?? int.MaxValue, target?.First ?? int.MaxValue));
        var last = Math.Max(best.Last, Math.Max(source?.Last ?? -1, target?.Last ?? -1));
        var trigger = new TextSpan(frame.Spans[best.First].Start, frame.Spans[best.Last].End);
        var evidence = new TextSpan(frame.Spans[first].Start, frame.Spans[last].End);
        var rule = $"{AcledCueLexicon.RelativePath}:{bestCue.Line} anchor '{string.Join(' ', frame.Words.Skip(best.First).Take(best.Last - best.First + 1)).ToLowerInvariant()}' → {bestCue.Label} [{code}]";
        var e = new DocumentEvent(source?.Actor, target?.Actor, code, entry.Goldstein, entry.Plover, trigger, evidence, frame.Sentence.Span, null, 0.4, rule, false);
        yield return new EventCandidate(e, mood);
    }

    private static bool IsAddressee(SentenceFrame frame, ActorSlot slot)
    {
        var i = slot.First - 1;
        while (i >= 0 && frame.Words[i] is "THE" or "A" or "AN" or "ALL")
        {
            i--;
        }

        return i >= 0 && frame.Words[i] is "TOLD" or "TELL" or "TELLS" or "INFORMED" or "INFORM" or "INFORMS" or "ALERTED" or "ASKED" or "URGED";
    }

    private static bool IsStateForce(EventActor actor)
    {
        var code = actor.Code.Value;
        return code.EndsWith("COP", StringComparison.Ordinal) || code.EndsWith("MIL", StringComparison.Ordinal);
    }

    private static bool StopBetween(SentenceFrame frame, ActorSlot slot, AcledCueHit anchor)
    {
        var (from, to) = slot.Last < anchor.First ? (slot.Last + 1, anchor.First) : (anchor.Last + 1, slot.First);
        for (var i = from; i < to; i++)
        {
            if (frame.IsHardStop(i))
            {
                return true;
            }
        }

        return false;
    }
}
