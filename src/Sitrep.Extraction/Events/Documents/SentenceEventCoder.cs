using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Extraction.Dictionaries.Tabari;
using Sitrep.Extraction.Events.Coding;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Codes the events of one sentence (pure: a frame in, candidates out). For each trigger, left to right, the most
/// specific fitting pattern of its block gives the code; the pattern's markers or, failing them, the clause's subject
/// and object give source and target; a paired code adds the reciprocal event; a compound (<c>%</c>) acts on itself.
/// </summary>
internal sealed class SentenceEventCoder(EventDictionary dictionary, EventCoderOptions options)
{
    public IEnumerable<EventCandidate> Code(SentenceFrame frame)
    {
        var used = new bool[frame.Length];
        var results = new List<EventCandidate>();
        (int Trigger, ImmutableArray<ActorSlot> Sources)? lastVerb = null;
        for (var i = 0; i < frame.Length; i++)
        {
            if (used[i] || frame.InName(i))
            {
                continue;
            }

            var forms = dictionary.Triggers.MatchAll(frame.Words, i);
            if (forms.IsEmpty || frame.IsCapitalisedInside(i) || ClauseContext.IsDate(frame, i) || ActReading.IsNounModifierOrUnit(frame, i, forms) || ActReading.IsAdjective(frame, i))
            {
                continue;
            }

            // A noun trigger's own source stands right before it ("Turkish support", "Haftar's offensive"), not
            // anywhere back in the clause.
            var nominal = TriggerContext.IsNominal(frame, i);
            var subjectWindow = nominal ? 2 : options.SubjectWindow;

            var best = default((PatternFit Fit, VerbForm Form, PairedCode Code, int First, int Last)?);
            foreach (var form in forms)
            {
                var first = i - form.VerbWordIndex;
                var last = first + form.Words.Length - 1;
                foreach (var pattern in form.Block.Patterns)
                {
                    if (PairedCode.TryParse(pattern.Code, out var code) && ShallowPatternMatcher.Fit(frame, dictionary, pattern, first, last, subjectWindow) is { } fit
                        && (best is null || fit.Score > best.Value.Fit.Score))
                    {
                        best = (fit, form, code, first, last);
                    }
                }

                if (best is null && PairedCode.TryParse(form.Code, out var own))
                {
                    best = (new PatternFit(null, [], [], [], first, last, 0, []), form, own, first, last);
                }
            }

            if (best is not { } chosen)
            {
                continue;
            }

            var shared = ConjoinedVerb.SharedSubject(frame, chosen.First, lastVerb);
            var produced = Build(frame, chosen.Fit, chosen.Form, chosen.Code, chosen.First, chosen.Last, shared).ToList();
            if (!nominal)
            {
                // Issue 8 point 5: the verb right before "and" lends its subject, also when it has none the coder knows ("he
                // said the bomb killed nine people and injured 50 more": "injured" is not the speaker's act).
                var sources = frame.Slots.Where(s => produced.Any(c => ReferenceEquals(c.Event.Source, s.Actor))).ToImmutableArray();
                lastVerb = (chosen.Last, sources);
            }

            if (produced.Count > 0)
            {

                // "launched an offensive against": the pattern's words are this event, not triggers of their own; nor are
                // the words of a multi-word trigger ("expressed support": issue 8 point 5).
                foreach (var k in chosen.Fit.Words)
                {
                    used[k] = true;
                }

                for (var k = chosen.First; k <= chosen.Last; k++)
                {
                    used[k] = true;
                }

                results.AddRange(produced);
            }
        }

        return results;
    }

    private IEnumerable<EventCandidate> Build(SentenceFrame frame, PatternFit fit, VerbForm form, PairedCode code, int first, int last, ImmutableArray<ActorSlot> shared)
    {
        var baseForm = form.Block.Verbs.Any(v => v.Phrase.Words.Length > v.VerbWordIndex && v.Phrase.Words[v.VerbWordIndex] == frame.Words[last - (form.Words.Length - 1 - form.VerbWordIndex)]);
        var mood = TriggerContext.Mood(frame, first, baseForm);
        var nominal = TriggerContext.IsNominal(frame, first);
        if (mood == EventMood.Asserted && nominal && ClauseContext.IsNotYet(frame, first))
        {
            // Issue 8 point 5: "the next meeting", "plans to hold talks", "called for retaliation".
            mood = EventMood.Hypothetical;
        }
        else if (mood == EventMood.Asserted && nominal && ClauseContext.IsNegatedNoun(frame, first))
        {
            mood = EventMood.Negated;
        }
        else if (mood == EventMood.Asserted && nominal && SentenceCues.IsNounForm(frame.Words[last]) && ClauseContext.IsSubjectOfModal(frame, last))
        {
            // Issue 8 point 5: "terrorist attacks will take place", "an outright ban might cause".
            mood = EventMood.Hypothetical;
        }

        if (mood == EventMood.Asserted && (code.Forward ?? code.Reverse) is { RootNumber: > 2 } && (FutureTime.IsScheduled(frame, first, last) || Prevented.IsPrevented(frame, first)))
        {
            // Issue 8 point 5: "officials meet tomorrow", "a visit here next week" (statements keep their own tense);
            // "to prevent any outbreaks of rioting", "on condition that Iran stop attacking".
            mood = EventMood.Hypothetical;
        }

        var (kept, reduced) = ActReading.Reduced(frame, dictionary, code, first, nominal, last);
        if (!kept)
        {
            yield break;
        }

        code = reduced;
        var passive = !nominal && TriggerContext.IsPassive(frame, first, last, baseForm);
        if (!passive && (code.Forward ?? code.Reverse) is { } act0 && (ImpliedAgent.IsParticiple(frame, first, last, act0) || ArmedPatient.IsParticiple(frame, first, last, act0)
            || HarmParticiple.IsReduced(frame, first, last, act0)))
        {
            // Issue 8: "those arrested", "31 people arrested near here", "the arrested persons": a passive participle;
            // issue 8 point 5: "aid worker X, kidnapped in Iraq", "one passenger seriously injured".
            (passive, nominal) = (true, false);
        }
        var confidence = fit.Pattern is null ? 0.55 : 0.7;

        ImmutableArray<ActorSlot> sources;
        ImmutableArray<ActorSlot> targets;
        ActorSlot? agent = null;
        var compound = fit.Compound;
        if (!compound.IsEmpty)
        {
            sources = compound;
            targets = compound;
        }
        else
        {
            sources = fit.Source;
            targets = fit.Target;
            agent = passive ? Agent(frame, last) : null;
            if (passive && !SentenceCues.WritesAgent(fit) && !SentenceCues.PlacesPatient(fit) && !SentenceCues.IsPosture(code))
            {
                // An active-voice pattern read in the passive: its subject ($) is the patient, the by-agent the actor.
                targets = sources;
                sources = agent is null ? [] : frame.Members(agent);
                if (!sources.IsEmpty && !targets.IsEmpty)
                {
                    fit = fit with { Last = Math.Max(fit.Last, agent!.Last) };
                }
            }

            if (sources.IsEmpty && passive && SentenceCues.PlacesPatient(fit) && SentenceCues.InPhraseAuthor(frame, fit) is { } author)
            {
                // "killed in Taliban attacks", "hit by Mordor's shelling": the actor that modifies the attack noun.
                sources = frame.Members(author);
            }

            if (sources.IsEmpty)
            {
                sources = passive ? (agent is null ? [] : frame.Members(agent))
                    : nominal ? Modifier(frame, first)
                    : Subject(frame, first, (code.Forward ?? code.Reverse) is { RootNumber: >= 15 });
                confidence -= nominal ? 0.1 : 0.05;
            }

            // Issue 8: "the police arrested 40 rioters and shot dead two": the verb after "and" shares the subject of
            // the verb before it; an actor before the "and" is that verb's object.
            if (!shared.IsEmpty && !passive && !nominal && sources.All(s => s.Last < first && !shared.Contains(s)))
            {
                sources = shared;
                targets = targets.RemoveRange(shared);
            }
            else if (shared.IsEmpty && !passive && !nominal && sources.Length == 1 && ConjoinedVerb.SubjectPastObject(frame, first, sources[0], options.SubjectWindow) is { } subject)
            {
                sources = frame.Members(subject);
            }
            else if (shared.IsEmpty && !passive && !nominal && sources.Length == 1 && ConjoinedVerb.IsEarlierObject(frame, first, sources[0]))
            {
                // Issue 8 point 5: "the bomb killed nine people and injured 50 more": the earlier verb's object is not the
                // later one's subject, which no code covers here.
                sources = [];
            }

            // Issue 8 point 5: "the commission charged Arnor with breaking the rules and said …", "a defence of the rights
            // of rural workers, saying …": a verb of saying joined to its clause speaks for the clause's subject, not
            // for an actor of the earlier verb's object.
            if (!passive && !nominal && sources.Length == 1 && (code.Forward ?? code.Reverse) is { RootNumber: 1 }
                && ConjoinedVerb.SpeakerOfJoinedSaying(frame, first, sources[0]) is { Applies: true } joined)
            {
                sources = joined.Subject is { } s0 ? frame.Members(s0) : [];
            }

            if (sources.IsEmpty && nominal && SentenceCues.IsVerbal(code) && frame.Speaker is { } speaker)
            {
                // "“… a dangerous escalation by Haftar,” Bashagha said": a verbal act inside a quote is its speaker's.
                sources = [speaker];
            }

            // A statement's target is only the one its pattern names ("accused X of"): the actors of the reported clause
            // are what was said ("Gondor has said it expelled two diplomats of Mordor" is no statement to Mordor).
            if (targets.IsEmpty && !fit.HasTargetMarker && (code.Forward ?? code.Reverse) is not { RootNumber: 1 })
            {
                targets = passive && !fit.HasSourceMarker ? Subject(frame, first, allowAttributive: true)
                    : nominal ? Prepositional(frame, fit.Last)
                    : Object(frame, Math.Max(fit.Last, agent?.Last ?? -1));
                if (targets.IsEmpty && nominal && SentenceCues.WritesAgent(fit))
                {
                    // "Tripoli, which helped stop the offensive launched by Haftar forces": the clause's subject bore it.
                    targets = Subject(frame, first, allowAttributive: true);
                    confidence -= 0.1;
                }

                confidence -= 0.05;
            }
            else
            {
                confidence += 0.1;
            }
        }

        // Issue 8 point 5: "pursuing retreating Iranian troops": a participle before its noun is that noun's act alone.
        (sources, targets) = compound.IsEmpty && !passive && ParticipleAdjuncts.Prenominal(frame, first, last) is { } modified ? (frame.Members(modified), ImmutableArray<ActorSlot>.Empty) : (sources, targets);
        var rule = fit.Pattern is { } p ? $"{dictionary.Source}:{p.Line} - {p.Raw} [{p.Code}]" : $"{dictionary.Source}:{form.Block.Line} {form.Block.Name} [{form.Code}]";
        // Issue 8: "Turkey sent drones, officials said": a statement's speaker stands in its verb's own clause, not
        // before the comma that ends the reported words ("the police refuted the claim, saying …" keeps its subject).
        if (compound.IsEmpty && code.Forward is { RootNumber: 1 } && !frame.Words[last].EndsWith("ING", StringComparison.Ordinal)
            && sources.Any(s => s.Last < first && SentenceCues.CommaBetween(frame, s.Last, first) && !ConjoinedVerb.IsParenthesis(frame, s, first)))
        {
            sources = [];
        }

        // Issue 8: "said the senior cop" names its speaker after the verb; "said that the police deployment was
        // inadequate" and "says, 'police and army, beware'" name what was said.
        if (compound.IsEmpty && code.Forward is { RootNumber: 1 } && sources.Any(s => s.First > last && SentenceCues.ReportedBetween(frame, last, s.First)))
        {
            sources = [];
        }

        // Issue 8: "sought deployment of the army", "the non-deployment of central police": a show of force by its noun
        // that is wished for or denied did not happen.
        if (mood == EventMood.Asserted && nominal && SentenceCues.IsPosture(code) && ImpliedAgent.IsUnrealisedNoun(frame, first, last))
        {
            mood = EventMood.Hypothetical;
        }

        // Issue 8: "police have been asked to remain vigilant": the order puts the force on alert.
        if (mood == EventMood.Hypothetical && SentenceCues.IsPosture(code) && DirectedPosture.IsDirected(frame, first, sources))
        {
            mood = EventMood.Asserted;
        }

        // Issue 8: "twelve people were arrested", "tear-gas shells were lobbed": the police, as the report leaves it.
        var implied = sources.IsEmpty && compound.IsEmpty && code.Forward is { } act
            ? ImpliedAgent.Of(frame, act, first, last, passive, nominal, placed: !targets.IsEmpty || fit.Pattern is not null) ?? ArmedPatient.Killer(frame, act, first, last, passive, targets)
            : null;
        if (implied is not null)
        {
            sources = [implied];
            confidence -= 0.15;
            mood = mood == EventMood.Asserted ? ImpliedAgent.Mood(frame, first, last, passive) : mood;
        }

        // Issue 8 point 5: "King was arrested by police", "he was detained", "after his arrest": the person arrested, whom
        // no code covers, is a civilian, not left out.
        if (targets.IsEmpty && compound.IsEmpty && !sources.IsEmpty && code.Forward is { } held && ArrestedPerson.Of(frame, held, first, passive, nominal) is { } person)
        {
            targets = [person];
        }

        if (sources.IsEmpty)
        {
            // "The GNA's fleet has been depleted by attacks on airports": a pattern that places the patient of a passive
            // codes the act without an actor when the sentence names none (ACLED's unidentified actor).
            // Issue 8: the same for any material-conflict act whose actor the sentence leaves out ("two men were
            // abducted", "a blast killed three soldiers"); the event coder keeps it only with a conflict cue or an armed victim.
            // Issue 8 point 5: an active verb whose subject the sentence names but no code covers ("Mercer fought off a
            // takeover", "the waves which killed 30,000 people") has an actor; only an attack noun or a weapon as subject
            // ("a blast killed …", "shelling hit …"), a noun trigger or a passive leaves it unnamed.
            if (compound.IsEmpty && code.Forward is { } unattributed && ((passive && SentenceCues.PlacesPatient(fit)) || (unattributed.RootNumber >= 14 && (passive || nominal || ActReading.HasInstrumentSubject(frame, first, dictionary)))))
            {
                foreach (var target in targets)
                {
                    yield return Candidate(frame, fit, (first, last), null, target, unattributed, rule, confidence - 0.15, paired: false, mood);
                }
            }

            yield break;
        }

        foreach (var source in sources)
        {
            var any = false;
            foreach (var target in targets)
            {
                if (SentenceCues.SameActor(source, target))
                {
                    continue;
                }

                any = true;
                if (code.Forward is { } forward)
                {
                    yield return Candidate(frame, fit, (first, last), source, target, forward, rule, confidence, paired: false, mood);
                }

                if (code.Reverse is { } reverse && compound.IsEmpty)
                {
                    yield return Candidate(frame, fit, (first, last), target, source, reverse, rule, confidence - 0.05, paired: true, mood);
                }
            }

            // A one-actor event only when a pattern says so ("the LNA advanced to Sirte"); a bare trigger needs both actors.
            // Issue 8: "kar sevaks were arrested by the railway police": a by-agent names the actor of an act whose
            // patient the coder does not know; the act happened all the same. A pronoun that resolved to the source
            // itself ("the police burst tear-gas shells to disperse them") is no patient either.
            var byAgent = agent is not null && frame.Members(agent).Contains(source);
            // Issue 8: a force that sends its own units ("city police rushed extra teams of police officials") shows force
            // all the same, and a speaker who speaks of his own kind ("tuteja said that the police have …") speaks.
            if (!any && (fit.Pattern is not null || implied is not null || byAgent) && targets.All(t => !SentenceCues.SameActor(source, t) || t.Pronoun || SentenceCues.IsMobilisation(code) || code.Forward is { RootNumber: 1 })
                && compound.IsEmpty && code.Forward is { } alone)
            {
                yield return Candidate(frame, fit, (first, last), source, null, alone, rule, confidence - 0.1, paired: false, mood);
            }
        }
    }

    private EventCandidate Candidate(SentenceFrame frame, PatternFit fit, (int First, int Last) trigger, ActorSlot? source, ActorSlot? target, EventCode code, string rule, double confidence, bool paired, EventMood mood)
    {
        var entry = dictionary.Codebook[code];
        var first = fit.First;
        var last = fit.Last;
        if (source is not null)
        {
            first = Math.Min(first, source.First);
            last = Math.Max(last, source.Last);
        }

        if (target is not null)
        {
            first = Math.Min(first, target.First);
            last = Math.Max(last, target.Last);
        }

        if (source?.Pronoun == true || target?.Pronoun == true)
        {
            confidence -= 0.1;
        }

        var triggerSpan = new TextSpan(frame.Spans[trigger.First].Start, frame.Spans[trigger.Last].End);
        var evidence = new TextSpan(frame.Spans[first].Start, frame.Spans[last].End);
        var e = new DocumentEvent(source?.Actor, target?.Actor, code, entry.Goldstein, entry.Plover, triggerSpan, evidence, frame.Sentence.Span, null, Math.Round(Math.Clamp(confidence, 0.05, 0.95), 2), rule, paired);
        return new EventCandidate(e, mood);
    }

    // "was attacked by X": the agent after BY; "supported, trained and armed by X": after the BY that closes the list.
    private static ActorSlot? Agent(SentenceFrame frame, int last)
    {
        if (HarmParticiple.ByAfterList(frame, last) is var by && by >= 0)
        {
            return frame.SlotAfter(by + 1, 4, stopAtComma: true);
        }

        for (var i = last + 1; i < frame.Length && i <= last + 3; i++)
        {
            if (frame.Words[i] == "BY")
            {
                return frame.SlotAfter(i + 1, 4, stopAtComma: true);
            }
        }

        return null;
    }

    // The clause's subject; a country word modifying an unknown noun ("Turkish ground forces") only when allowed. A
    // participle right after a noun has that noun as subject ("developing countries already receiving aid from the EC",
    // "contra rebels fighting the government": issue 8 point 5), which no code may cover.
    private ImmutableArray<ActorSlot> Subject(SentenceFrame frame, int first, bool allowAttributive)
    {
        if (frame.Words[first].EndsWith("ING", StringComparison.Ordinal))
        {
            var i = first - 1;
            while (i >= 0 && frame.Words[i] is "ALREADY" or "STILL" or "ALSO" or "NOW" or "REPORTEDLY" or "ALLEGEDLY")
            {
                i--;
            }

            if (i >= 0 && frame.SlotEndingAt(i) is null && SlotRoles.IsModifiedNoun(frame, i))
            {
                return [];
            }
        }

        return frame.SlotBefore(first - 1, options.SubjectWindow, allowAttributive) is { } s ? frame.Members(s) : [];
    }

    private ImmutableArray<ActorSlot> Object(SentenceFrame frame, int after) =>
        frame.SlotAfter(after + 1, options.ObjectWindow, stopAtComma: true) is { } s ? frame.Members(s) : [];

    // "Turkish support", "Haftar's offensive", "the GNA's decision": an actor right before a noun trigger. A capital
    // there says where ("the Paris accord", "a Moscow visit"), as does a place after "in" (issue 8 point 5).
    private static ImmutableArray<ActorSlot> Modifier(SentenceFrame frame, int first)
    {
        var i = first - 1;
        var possessive = i >= 0 && frame.Words[i] is "'S" or "'";
        if (possessive)
        {
            i--;
        }

        return i >= 0 && frame.SlotEndingAt(i) is { } s && !s.Locative && !s.Addressee && (possessive || !s.Capital) ? [s] : [];
    }

    // "attacks on X", "support for X": a noun trigger's target follows a preposition.
    private static ImmutableArray<ActorSlot> Prepositional(SentenceFrame frame, int last)
    {
        var next = last + 1;
        if (next < frame.Length && frame.Words[next] is "ON" or "AGAINST" or "TO" or "FOR" or "WITH" or "AT" or "OF" or "INTO")
        {
            // A name after "by" is the agent, not the target ("attacks on Gulf shipping by Iran": issue 8 point 5).
            return frame.SlotAfter(next + 1, 4, stopAtComma: true) is { } s && !(s.First > 0 && frame.Words[s.First - 1] == "BY") ? frame.Members(s) : [];
        }

        return [];
    }
}
