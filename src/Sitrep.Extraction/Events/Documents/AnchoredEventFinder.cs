using System.Collections.Frozen;
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

    // Issue 8 point 5: the cue names an act here, not a date ("in March"), a part of a name ("the Louvre Accord"), a
    // modifier of another noun ("strike headquarters", "the arms scandal"), a change of a quantity ("fell to 5.7
    // billion dlrs"), cooperation that the clause halts, an opinion ("agreed that …"), or an agreement merely named
    // ("the semiconductor agreement", "under the accord"): a named agreement is an event when a verb of making governs
    // it ("signed a deal", "reached agreement", "the accord reached by OPEC").
    private static bool NamesAnAct(SentenceFrame frame, AcledCueHit hit, AcledCue cue, EventCode cameo) =>
        !frame.IsCapitalisedInside(hit.First) && !ClauseContext.IsDate(frame, hit.First) && !(hit.First == hit.Last && ActReading.IsAdjective(frame, hit.First))
        && !(hit.First == hit.Last && IsNoun(frame.Words[hit.First]) && !IsPlural(frame.Words[hit.First]) && SlotRoles.IsModifiedNoun(frame, hit.Last + 1) && frame.SlotStartingAt(hit.Last + 1) is null)
        && !IsQuantityChange(frame, hit)
        && !(cameo.RootNumber is >= 3 and <= 8 && ClauseContext.IsHalted(frame, hit.First))
        && (cue.Label != CaseLabel.AGREEMENT || MakesAgreement(frame, hit));

    // "fell to 5.7 billion dlrs", "advanced to 310 points": a cue ending in a preposition before a number.
    private static bool IsQuantityChange(SentenceFrame frame, AcledCueHit hit)
    {
        var next = hit.Last + 1;
        if (frame.Words[hit.Last] is not ("TO" or "FROM" or "BY") || next >= frame.Length)
        {
            return false;
        }

        if (frame.Words[next] is "ABOUT" or "AROUND" or "SOME" or "NEARLY" or "ALMOST" or "A" or "AN" or "$" or "US$" && next + 1 < frame.Length)
        {
            next++;
        }

        return frame.Original(next) is { Length: > 0 } w && (char.IsAsciiDigit(w[0]) || w[0] == '$' || frame.Words[next] is "RECORD" or "LOW" or "HIGH");
    }

    // An agreement as an act: a verb form that is not an opinion ("agreed to cut", not "agreed that"), or a named
    // agreement that a verb of making governs.
    private static bool MakesAgreement(SentenceFrame frame, AcledCueHit hit)
    {
        var word = frame.Words[hit.First];
        if (!IsNoun(word) || word is "AGREE" or "AGREES" or "SIGN" or "SIGNS")
        {
            return !word.StartsWith("AGREE", StringComparison.Ordinal) || hit.Last + 1 >= frame.Length || frame.Words[hit.Last + 1] is not ("THAT" or "WITH");
        }

        return ClauseContext.IsMade(frame, hit.First, hit.Last);
    }

    // "protests by hundreds of thousands of farmers", "a strike by Brazilian seamen": "by" right after the anchor (a
    // word or two of its noun phrase between), not the "by" of another verb ("… after they were surrounded by police").
    private static bool ByPhrase(SentenceFrame frame, int anchorLast, ActorSlot slot) => ByWordAfter(frame, anchorLast) is var by && by >= 0 && by < slot.First;

    // The "by" right after the anchor, a word or two of its noun phrase between; -1 when there is none.
    private static int ByWordAfter(SentenceFrame frame, int anchorLast)
    {
        for (var i = anchorLast + 1; i < frame.Length && i <= anchorLast + 3; i++)
        {
            if (frame.Words[i] == "BY")
            {
                return i;
            }

            if (frame.IsHardStop(i) || frame.SlotStartingAt(i) is not null || frame.Words[i].EndsWith("ED", StringComparison.Ordinal) || frame.IsTrigger(i)
                || frame.Words[i] is "," or "ON" or "AGAINST" or "TO" or "AT" or "WITH" or "FROM" or "INTO" or "IN")
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool CanAct(EventActor? actor, bool demonstration)
    {
        if (actor is null)
        {
            return false;
        }

        var category = CategoryOf(actor);
        var code = actor.Code.Value;
        var armedState = category == AcledActorCategory.StateForces && (actor.Generic || code.Contains("MIL", StringComparison.Ordinal) || code.Contains("COP", StringComparison.Ordinal) || code.Contains("SPY", StringComparison.Ordinal));
        return armedState || category is AcledActorCategory.RebelGroup or AcledActorCategory.PoliticalMilitia or AcledActorCategory.IdentityMilitia or AcledActorCategory.Rioters
            || category == AcledActorCategory.ExternalOther
            || (demonstration && category is AcledActorCategory.Protesters or AcledActorCategory.Civilians);
    }

    private static AcledActorCategory CategoryOf(EventActor actor) =>
        actor.Category != AcledActorCategory.None ? actor.Category : AcledActorTypes.OfCode(actor.Code);

    // An armed actor: a generic one ("troops", "militants") or a code with a role ("MEXGOV", "SYRREB"); a bare country
    // named as a modifier or a market is not enough ("a new Japanese airport", "the UK's first black minister").
    private static bool Armed(ActorSlot? slot) =>
        slot is not null && (slot.Actor.Generic || slot.Actor.Code.Value.Length > 3) && CategoryOf(slot.Actor) is AcledActorCategory.StateForces or AcledActorCategory.RebelGroup or AcledActorCategory.PoliticalMilitia
            or AcledActorCategory.IdentityMilitia or AcledActorCategory.ExternalOther;

    // A plural noun heads its phrase ("protesters dug in"); only a singular one modifies the next noun ("strike headquarters").
    private static bool IsPlural(string word) => word.EndsWith('S') && !word.EndsWith("SS", StringComparison.Ordinal);

    // A cue word that is no verb form ("strike", "arms"; not "seized", "clashing", "beaten").
    private static bool IsNoun(string word) =>
        !(word.EndsWith("ED", StringComparison.Ordinal) || word.EndsWith("ING", StringComparison.Ordinal) || word.EndsWith("EN", StringComparison.Ordinal));

    // No hard stop and no relative-clause boundary between the slot and the anchor.
    private static bool SameClause(SentenceFrame frame, ActorSlot slot, AcledCueHit hit)
    {
        var (from, to) = slot.Last < hit.First ? (slot.Last, hit.First) : (hit.Last, slot.First);
        for (var i = from + 1; i < to; i++)
        {
            if (frame.IsHardStop(i) || ClauseContext.OpensClause(frame.Words[i]))
            {
                return false;
            }
        }

        return frame.SharesClause(slot, hit.First);
    }

    public static IEnumerable<EventCandidate> Find(SentenceFrame frame, AcledResources acled, EventDictionary dictionary)
    {
        if (frame.Slots.IsEmpty)
        {
            yield break;
        }

        // The strongest cue that names an act here and has an actor in its clause is the anchor (issue 8 point 5: a
        // weaker cue's act is taken when the strongest has no actor: "chlorine was used …, in a rebel attack on …").
        var ranked = new List<(AcledCueHit Hit, AcledCue Cue, EventCode Code)>();
        foreach (var hit in acled.Cues.Find(frame.Words))
        {
            if (frame.InName(hit.First))
            {
                continue;
            }

            foreach (var cue in hit.Cues)
            {
                if (cue.Anchor && acled.Taxonomy[cue.Label].Cameo is { } cameo && NamesAnAct(frame, hit, cue, cameo))
                {
                    ranked.Add((hit, cue, cameo));
                }
            }
        }

        foreach (var (hit, cue, code) in ranked.OrderByDescending(r => r.Cue.Weight))
        {
            if (Anchor(frame, hit, cue, VerbCode(frame, hit, cue, code, acled.Taxonomy, dictionary), dictionary) is { } found)
            {
                yield return found;
                yield break;
            }
        }
    }

    // Issue 8 point 5: the verb dictionary knows the act of a cue word better than the label's one code: "sanctions"
    // impose sanctions (163), not merely "reduce relations" (160). Its code is taken when all the codes of the word's
    // block share the root of the label's code and the mapping file sends that code to the cue's label.
    private static EventCode VerbCode(SentenceFrame frame, AcledCueHit hit, AcledCue cue, EventCode code, AcledTaxonomy taxonomy, EventDictionary dictionary)
    {
        if (hit.First != hit.Last)
        {
            return code;
        }

        foreach (var form in dictionary.Triggers.MatchAll(frame.Words, hit.First))
        {
            if (form.Words.Length != 1)
            {
                continue;
            }

            var codes = new List<EventCode>();
            foreach (var text in form.Block.Patterns.Select(p => p.Code).Append(form.Code))
            {
                if (PairedCode.TryParse(text, out var paired) && (paired.Forward ?? paired.Reverse) is { } c)
                {
                    codes.Add(c);
                }
            }

            if (codes.Count > 0 && codes.All(c => c.RootNumber == codes[0].RootNumber))
            {
                var own = PairedCode.TryParse(form.Code, out var d) && d.Forward is { } dc ? dc : codes.GroupBy(c => c).OrderByDescending(g => g.Count()).First().Key;
                if (own != code && own.RootNumber == code.RootNumber && taxonomy.DefaultFor(own)?.CaseLabel == cue.Label)
                {
                    return own;
                }
            }
        }

        return code;
    }

    private static EventCandidate? Anchor(SentenceFrame frame, AcledCueHit best, AcledCue bestCue, EventCode code, EventDictionary dictionary)
    {
        // "are unlikely to clash", "plans to attack": a cue in its base form after "to" is intended.
        var word = frame.Words[best.First];
        var baseForm = !word.EndsWith("ED", StringComparison.Ordinal) && !word.EndsWith("ING", StringComparison.Ordinal) && !word.EndsWith('S');
        var mood = TriggerContext.Mood(frame, best.First, baseForm);
        if (mood == EventMood.Asserted && ClauseContext.IsNotYet(frame, best.First))
        {
            // Issue 8 point 5: "plans to hold talks", "the next summit", "called for retaliation".
            mood = EventMood.Hypothetical;
        }
        else if (mood == EventMood.Asserted && ClauseContext.IsNegatedNoun(frame, best.First))
        {
            // "no agreement was reached", "people don't like fighting", "withdrew without a fight".
            mood = EventMood.Negated;
        }
        else if (mood == EventMood.Asserted && IsNoun(word) && ClauseContext.IsSubjectOfModal(frame, best.Last))
        {
            // Issue 8 point 5: "terrorist attacks will take place".
            mood = EventMood.Hypothetical;
        }

        // Issue 8 point 5: an actor's own noun is its act only as the subject of a verb ("China's crackdown on protesters" is
        // none: ActorNoun); "Tomorrow's Group of Seven meeting" and "to prevent any outbreaks of rioting" are not done.
        if (frame.Slots.FirstOrDefault(s => s.First <= best.First && best.Last <= s.Last) is { } named && !ActorNoun.Acts(frame, named))
        {
            return null;
        }

        mood = mood == EventMood.Asserted && (FutureTime.IsScheduled(frame, best.First, best.Last) || Prevented.IsPrevented(frame, best.First)) ? EventMood.Hypothetical : mood;

        // A country word that modifies or owns an unknown noun ("Turkish ground forces", "Haftar's forces") stands for its
        // actor only in force, coercion and violence; in cooperation, talk and protest the noun is as often a firm, a
        // newspaper, a market or a currency ("Canadian dlrs") (issue 8 point 5).
        var material = code.RootNumber >= 15;
        var before = frame.SlotBefore(best.First - 1, Window, allowAttributive: material, allowPossessor: material || bestCue.Label == CaseLabel.AGREEMENT);
        if (before is not null && IsNoun(frame.Words[best.First]) && AnchorCues.OtherVerbBetween(frame, before.Last, best.First))
        {
            // "Trump referred to the riots", "the minister condemned the attack": the subject of another verb is not
            // the author of the noun it governs; a verb that does the noun's act keeps it ("staged protests",
            // "launched an attack", "held a rally").
            before = null;
        }

        // The target is in the anchor's clause ("Under the agreement, it will supply India" names none); after "by" it is
        // the source ("protests by hundreds of thousands of farmers", "an attack by gunmen").
        var after = frame.SlotAfter(best.Last + 1, Window, stopAtComma: true) is { Possessor: false } a && (material || !a.Attributive) ? a : null;
        if (after is not null && ByPhrase(frame, best.Last, after))
        {
            // Issue 8 point 5: the by-phrase names the act's author whatever stands before the noun: "its troops repelled an
            // attack by Iranian Guards" is Iran's attack, on the troops that resisted it (a subject of another verb
            // is dropped, as above).
            var resisting = before is not null && AnchorCues.Resisting(frame, before.Last, best.First) ? before : null;
            before = after;
            after = frame.SlotAfter(before.Last + 1, Window, stopAtComma: true) is { Possessor: false } t && (material || !t.Attributive) ? t : resisting;
        }
        else if (ByWordAfter(frame, best.Last) >= 0)
        {
            // Issue 8 point 5: "repelled an attack by three divisions of Iranian Revolutionary Guards": the by-phrase names an
            // author no code covers; the subject before the noun is not it, so the act has no codable source.
            return null;
        }
        var passive = best.First > 0 && frame.Words[best.First - 1] is "WAS" or "WERE" or "BEEN" or "BEING" or "IS" or "ARE";
        ActorSlot? source = before;
        ActorSlot? target = after;
        // Civilians suffer violence; they do not commit it, but they do protest ("mill workers walked out in protest").
        if (source is not null && (passive || (source.Actor.Category == AcledActorCategory.Civilians && code.RootNumber >= 15)))
        {
            (source, target) = (after is not null && after.Actor.Category != AcledActorCategory.Civilians ? after : null, source);
        }

        // Issue 8: "police inaction during the riots", "the police action when the mobs took to the roads": state forces
        // are no rioters or demonstrators of their own noun; "a caller informed the city police of bombs": the one told
        // of an act is not its author.
        var demonstration = bestCue.Label is CaseLabel.PEACE_PROTEST or CaseLabel.VIOL_DEMONSTR or CaseLabel.MOB_VIOL or CaseLabel.PROPERTY_DISTRUCT;
        if (source is not null && ((demonstration && AnchorCues.IsStateForce(source.Actor)) || AnchorCues.IsAddressee(frame, source)))
        {
            source = null;
        }

        if (source is null && target is null && code.RootNumber >= 14 && code.RootNumber != 15)
        {
            // Protest, reduced relations and violence only: the nearest actor of the anchor's clause ("…, killing six civilians"); never one
            // across a new clause, inside another's relative clause, or one that only modifies a noun or names a place
            // (issue 8 point 5), never a state force for a demonstration's noun nor the one told of the act.
            var nearest = frame.Slots.Where(s => (s.CanAct || (s.Oblique && s.First > best.Last) || (material && !s.Locative && !s.Addressee && !s.Hyphenated && !s.Oblique)) && SameClause(frame, s, best)
                && !(demonstration && AnchorCues.IsStateForce(s.Actor)) && !AnchorCues.IsAddressee(frame, s)
                && !(s.Last < best.First && IsNoun(frame.Words[best.First]) && AnchorCues.OtherVerbBetween(frame, s.Last, best.First))).OrderBy(s => Math.Min(Math.Abs(s.First - best.Last), Math.Abs(best.First - s.Last))).FirstOrDefault();
            if (nearest is null || Math.Min(Math.Abs(nearest.First - best.Last), Math.Abs(best.First - nearest.Last)) > 2 * Window)
            {
                return null;
            }

            if ((nearest.Actor.Category == AcledActorCategory.Civilians && code.RootNumber >= 15) || nearest.First > best.Last)
            {
                target = nearest;
            }
            else
            {
                source = nearest;
            }
        }

        if (source is null && target is null)
        {
            return null;
        }

        // Those who strike or protest are the protest's actor, wherever the sentence names them ("a key issue in the
        // strike was the freedom of workers", "a strike launched yesterday by Brazilian bank workers").
        if (code.RootNumber == 14 && source is null && target is not null
            && CategoryOf(target.Actor) is AcledActorCategory.Civilians or AcledActorCategory.Protesters or AcledActorCategory.Rioters)
        {
            (source, target) = (target, null);
        }

        // A verb whose subject the sentence names but no code covers has an actor ("Mercer fought off a takeover by …"):
        // no event without one, unless the subject is an attack noun, a weapon or unnamed attackers (issue 8 point 5).
        var verbal = (word.EndsWith("ED", StringComparison.Ordinal) || (frame.IsTrigger(best.First) && SlotRoles.IsIrregularVerb(word))) && !TriggerContext.IsNominal(frame, best.First);
        if (source is null && before is null && !passive && verbal && !ActReading.HasInstrumentSubject(frame, best.First, dictionary))
        {
            return null;
        }

        // ACLED's strategic developments of armed groups (a new base, a defection, a handover of territory, a weapons
        // seizure) need an armed actor: not "banks want to set up operations", "Anheuser-Busch joined other bidders".
        if (bestCue.Label is CaseLabel.CHANGE_TO_GROUP_ACT or CaseLabel.HQ_ESTABLISHED or CaseLabel.DISR_WEAP or CaseLabel.NON_VIOL_TERRIT_TRANSFER
            or CaseLabel.NON_STATE_ACTOR_OVERTAKES_TER or CaseLabel.GOV_REGAINS_TERIT && !Armed(source) && !Armed(target))
        {
            return null;
        }

        // An agreement is made by someone: not one whose only named party is a firm or a civilian.
        if (bestCue.Label == CaseLabel.AGREEMENT && (source is null || CategoryOf(source.Actor) is AcledActorCategory.Civilians or AcledActorCategory.None) && !Armed(target))
        {
            return null;
        }

        if (source is not null && target is not null && (source.Actor.Code == target.Actor.Code || source == target))
        {
            target = null;
        }

        // A cue that names its act only in a conflict's context ("held", "deal", "gathered": acled-cues.txt "armed")
        // makes an event only with an armed actor or, for a demonstration, demonstrators.
        // A weapon that a verb of impact governs is used, whoever is named ("rockets hit Arnor", "seven rockets were fired
        // at Gondor"); "the army's rockets" or "a rocket launch" are not attacks.
        if (bestCue.NeedsArmedActor && !CanAct(source?.Actor, demonstration) && !CanAct(target?.Actor, demonstration)
            && !(bestCue.Label is CaseLabel.ART_MISS_ATTACK or CaseLabel.AIR_STRIKE or CaseLabel.REM_EXPLOS or CaseLabel.GRENADE && target is not null && AnchorCues.ImpactFollows(frame, best.Last)))
        {
            return null;
        }

        // An attack by forces or armed groups on anything but civilians is military force (CAMEO 190), not the
        // unconventional violence (180) of ACLED's attacks on civilians: "U.S. Naval forces attacked two oil platforms".
        if (bestCue.Label == CaseLabel.ATTACK && code.RootNumber == 18 && source is not null && CategoryOf(source.Actor) is AcledActorCategory.StateForces
            or AcledActorCategory.RebelGroup or AcledActorCategory.PoliticalMilitia or AcledActorCategory.ExternalOther
            && (target is null || CategoryOf(target.Actor) != AcledActorCategory.Civilians))
        {
            code = EventCode.Parse("190");
        }

        // Territory is taken when the clause names a place or a kind of ground after the cue ("captured the town of",
        // "overran Kashkash"), not weapons, people or traffic ("captured weaponry", "the captured ISIS fighters").
        if (bestCue.Label is CaseLabel.NON_STATE_ACTOR_OVERTAKES_TER or CaseLabel.GOV_REGAINS_TERIT
            && (!AnchorCues.GroundFollows(frame, best.Last, dictionary) || (best.First > 0 && word.EndsWith("ED", StringComparison.Ordinal) && frame.Words[best.First - 1] is "THE" or "A" or "AN" or "ITS" or "THEIR")))
        {
            return null;
        }

        var entry = dictionary.Codebook[code];
        var first = Math.Min(best.First, Math.Min(source?.First ?? int.MaxValue, target?.First ?? int.MaxValue));
        var last = Math.Max(best.Last, Math.Max(source?.Last ?? -1, target?.Last ?? -1));
        var trigger = new TextSpan(frame.Spans[best.First].Start, frame.Spans[best.Last].End);
        var evidence = new TextSpan(frame.Spans[first].Start, frame.Spans[last].End);
        var rule = $"{AcledCueLexicon.RelativePath}:{bestCue.Line} anchor '{string.Join(' ', frame.Words.Skip(best.First).Take(best.Last - best.First + 1)).ToLowerInvariant()}' → {bestCue.Label} [{code}]";
        var e = new DocumentEvent(source?.Actor, target?.Actor, code, entry.Goldstein, entry.Plover, trigger, evidence, frame.Sentence.Span, null, 0.4, rule, false);
        return new EventCandidate(e, mood);
    }
}
