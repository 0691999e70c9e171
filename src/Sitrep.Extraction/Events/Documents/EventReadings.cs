using System.Collections.Frozen;
using Sitrep.Core.Model;
using Sitrep.Extraction.Events.Codebook;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Issue 8 point 5: what a coded event's clause says about it beyond its pattern: whose statement it is (the quote
/// layer's speaker, the head of the speaker's phrase), whether a meeting or an appeal is a press briefing or a scene,
/// whether a state's protest or an attack on words is diplomacy. Pure functions over the sentence frame.
/// </summary>
internal static class EventReadings
{
    // Issue 8 point 5: a statement (CAMEO 01) is the act of its speaker. When the quote layer attributes the words the
    // verb of saying introduces, the statement's source is the actor of that speaker's mention in the sentence, or of a
    // pronoun resolved to the same entity; a speaker no code covers ("traders said", "AT&T's chairman said" with an
    // uncoded firm) makes no statement, rather than one credited to a country of the reported clause ("Baker pointed
    // out Brazil was paying"). Without such a quote, a speaker after the verb needs the inversion that reports use
    // (", said X", "“…,” said X").
    public static List<EventCandidate> StatementSources(List<Quote> quotes, SentenceFrame frame, IEnumerable<EventCandidate> coded)
    {
        var result = new List<EventCandidate>();
        foreach (var c in coded)
        {
            var e = c.Event;
            if (e.Code.RootNumber != 1)
            {
                result.Add(c);
                continue;
            }

            // Issue 8 point 5: "adding interest to the principal", "with Greece added to the system": adding something to
            // something is no statement.
            if (IsAddition(frame, e.Trigger))
            {
                continue;
            }

            // Issue 8 point 5: "Reuters quoted the official as saying", "Tehran radio quoted a spokesman as saying": the one
            // quoted is the speaker, not the medium that quotes; a speaker no code covers makes no statement.
            if (QuotedAs(frame, e.Trigger) is { } quoted)
            {
                if (quoted.Speaker is { } said)
                {
                    var kept = e.Target is { } t0 && (t0.Span == said.Actor.Span || t0.Code == said.Actor.Code) ? null : e.Target;
                    result.Add(ReferenceEquals(said.Actor, e.Source) && ReferenceEquals(kept, e.Target) ? c : c with { Event = Recast(e, said.Actor, kept) });
                }

                continue;
            }

            var quote = quotes.Find(q => q.Cue is { } cue && cue.Overlaps(e.Trigger));
            if (quote is null)
            {
                if (e.Source is { } inverted && inverted.Span.Start >= e.Trigger.End && !AfterReportedWords(frame, e.Trigger))
                {
                    continue;
                }

                // "Nippon Telegraph and Telephone of Japan said": the name after "of" says where the speaker is from;
                // "analysts polled by Reuters said": the name after "by" is not the speaker.
                if (e.Source is { } from && frame.Slots.FirstOrDefault(s => s.Actor.Span == from.Span) is { } fromSlot
                    && fromSlot.Last < WordAt(frame, e.Trigger) && IsPostModifier(frame, fromSlot))
                {
                    continue;
                }

                result.Add(c);
                continue;
            }

            var speaker = quote.Speaker;
            // The slot that heads the speaker's phrase: "American Express" is no "American", "Egypt's foreign minister"
            // no "Egypt", "Nippon Telegraph and Telephone of Japan" no "Japan", "analysts polled by Reuters" no
            // "Reuters", "diplomats in Bangkok" no "Bangkok".
            var slot = frame.Slots.FirstOrDefault(s => !s.Pronoun && speaker.Span is { } at && s.Actor.Span.Overlaps(at) && s.Actor.Span.End >= at.End
                    && !s.Attributive && !IsPostModifier(frame, s))
                ?? frame.Slots.FirstOrDefault(s => !s.Pronoun && speaker.Span is { } at && s.Actor.Span.Start <= at.Start + 4 && s.Actor.Span.End < at.End && s.Actor.Span.Overlaps(at)
                    && s.Last + 1 < frame.Length && PostModifierPrepositions.Contains(frame.Words[s.Last + 1]))
                ?? frame.Slots.FirstOrDefault(s => speaker.EntityId is { } id && s.Actor.EntityId == id && (s.Pronoun || (!s.Attributive && !IsPostModifier(frame, s))))
                // Issue 8 (wt11-ipe): "…, he said" after an unnamed officer's statement (PronounSpeaker).
                ?? frame.Slots.FirstOrDefault(s => s.Pronoun && speaker.Span is { } at && s.Actor.Span == at && s.Actor.Rule?.StartsWith(PronounSpeaker.RulePrefix, StringComparison.Ordinal) == true);
            if (slot is null)
            {
                continue;
            }

            var target = e.Target is { } t && (t.Span == slot.Actor.Span || t.Code == slot.Actor.Code) ? null : e.Target;
            result.Add(ReferenceEquals(slot.Actor, e.Source) && ReferenceEquals(target, e.Target) ? c : c with { Event = Recast(e, slot.Actor, target) });
        }

        return result;
    }

    // The statement with the speaker as its source: the evidence grows to cover the speaker, which the sentence frame
    // may hold outside the words that first coded the statement (the evidence holds trigger, source and target).
    private static DocumentEvent Recast(DocumentEvent e, EventActor source, EventActor? target) => e with
    {
        Source = source,
        Target = target,
        Evidence = e.Evidence.Union(source.Span),
    };

    private static readonly FrozenSet<string> Quoting = FrozenSet.ToFrozenSet(["QUOTED", "QUOTING", "QUOTES", "QUOTE", "CITED", "CITING", "CITES"], StringComparer.Ordinal);

    /// <summary>
    /// For "… quoted X as saying", the slot of X (null when no code covers X); null when the trigger at
    /// <paramref name="trigger"/> is not "saying" in that construction. Words back to the quoting verb stay in one clause.
    /// </summary>
    public static (bool Found, ActorSlot? Speaker)? QuotedAs(SentenceFrame frame, TextSpan trigger)
    {
        var i = WordAt(frame, trigger);
        if (i < 2 || i >= frame.Length || frame.Words[i] != "SAYING" || frame.Words[i - 1] != "AS")
        {
            return null;
        }

        for (var j = i - 2; j >= 0 && j >= i - 14; j--)
        {
            if (Quoting.Contains(frame.Words[j]))
            {
                // "Nakasone was quoted by Kyodo as saying", "with Mr Dixon quoted as saying": in the passive the subject
                // speaks, as the statement rules already read it.
                if (j == i - 2 || (j > 0 && frame.Words[j - 1] is "WAS" or "WERE" or "IS" or "ARE" or "BEEN" or "BEING" or "BE"))
                {
                    return null;
                }

                // The head of the quoted phrase: "Iranian Oil Minister Gholamreza Aqazadeh" is Aqazadeh, not "Iranian".
                var named = frame.Slots.Where(s => s.First > j && s.Last < i - 1 && !s.Hyphenated && !s.Locative && !IsPostModifier(frame, s)).ToList();
                return (true, named.LastOrDefault(s => !s.Attributive) ?? named.LastOrDefault());
            }

            if (frame.IsHardStop(j) || frame.Words[j] is ";" or ":")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the verb at <paramref name="trigger"/> is "add" with a "to" phrase: "added to the system", "adding
    /// interest to the principal" (one lower-case noun between), which adds a thing, not words.
    /// </summary>
    public static bool IsAddition(SentenceFrame frame, TextSpan trigger)
    {
        var i = WordAt(frame, trigger);
        if (i >= frame.Length || frame.Words[i] is not ("ADD" or "ADDS" or "ADDED" or "ADDING"))
        {
            return false;
        }

        if (i + 1 < frame.Length && frame.Words[i + 1] == "TO")
        {
            return true;
        }

        return i + 2 < frame.Length && frame.Words[i + 2] == "TO" && frame.SlotStartingAt(i + 1) is null
            && frame.Original(i + 1) is { Length: > 2 } noun && char.IsLower(noun[0])
            && frame.Words[i + 1] is not ("THAT" or "IT" or "HE" or "SHE" or "THEY" or "WE" or "THIS" or "THERE" or "HAD" or "WAS" or "WERE" or "IS" or "ARE" or "WOULD" or "WILL");
    }

    private static readonly FrozenSet<string> PostModifierPrepositions = FrozenSet.ToFrozenSet(["OF", "BY", "IN", "AT", "FROM", "FOR", "WITH", "ON"], StringComparer.Ordinal);

    // A name after a preposition inside a noun phrase says where its head is from or who acts on it, and is not the head:
    // "Nippon Telegraph and Telephone of Japan", "analysts polled by Reuters", "diplomats in Bangkok". After "of", only
    // when a name owns it ("the Bank of Spain" is one name; "a spokesman of the ministry" keeps the ministry).
    private static bool IsPostModifier(SentenceFrame frame, ActorSlot slot)
    {
        if (slot.First == 0 || !PostModifierPrepositions.Contains(frame.Words[slot.First - 1]))
        {
            return false;
        }

        return frame.Words[slot.First - 1] != "OF" || (slot.First > 1 && frame.Original(slot.First - 2) is { Length: > 0 } owner && char.IsUpper(owner[0]));
    }

    // ", said X", "“…,” X's spokesman said": the verb right after a comma or a closing quote, or opening the sentence.
    private static bool AfterReportedWords(SentenceFrame frame, TextSpan trigger)
    {
        var i = WordAt(frame, trigger);

        return i == 0 || frame.Words[i - 1] is "," or "\"" or "”" or "’" or "'" or "''" or ":";
    }

    // "Britain has protested the Japanese limitations": a state or its government protests through diplomacy (CAMEO
    // 114, complain officially), not in the street (14); people, parties and unions demonstrate (issue 8 point 5).
    public static EventCandidate StateProtest(EventCandidate c, CameoCodebook codebook)
    {
        var e = c.Event;
        if (e.Code.RootNumber != 14 || e.Source is not { Generic: false } source || !IsState(source.Code))
        {
            return c;
        }

        var complain = EventCode.Parse("114");
        var entry = codebook[complain];
        return c with { Event = e with { Code = complain, Goldstein = entry.Goldstein, Plover = entry.Plover, Rule = $"{e.Rule}; a state protests officially (114)" } };
    }

    private static readonly FrozenSet<string> Statements = FrozenSet.ToFrozenSet(
        ["LAW", "LAWS", "PROCLAMATION", "REPORT", "REPORTS", "POLICY", "POLICIES", "DECISION", "DECISIONS", "PLAN", "PLANS", "REMARKS", "COMMENTS",
         "STATEMENT", "STATEMENTS", "BILL", "BILLS", "PROPOSAL", "PROPOSALS", "PROGRAM", "PROGRAMME", "BUDGET", "MEASURES", "MOVE", "MOVES", "IDEA",
         "IDEAS", "PRACTICE", "PRACTICES", "SYSTEM", "RULING", "VERDICT", "CLAIMS", "CLAIM", "VIEWS", "STANCE", "POSITION", "RECORD", "HANDLING",
         "RESPONSE", "TREATY", "DEAL", "AGREEMENT", "ACCORD", "RESOLUTION", "SPEECH", "BOOK", "BOOKS", "FILM", "ARTICLE", "ARTICLES", "TAX", "TAXES",
         "REFORM", "REFORMS", "LEGISLATION", "REGULATIONS", "RULES", "SANCTIONS", "TARIFFS", "QUOTAS", "PRICES", "LEVELS", "LEVEL"],
        StringComparer.Ordinal);

    // "has attacked a key apartheid law", "Erdogan attacked the proclamation", "banks under attack for tawdry loan levels":
    // an attack on a law, a report or a decision, or one one is under, is criticism (CAMEO 111), not force (issue 8
    // point 5).
    public static EventCandidate VerbalAttack(SentenceFrame frame, EventCandidate c, CameoCodebook codebook)
    {
        var e = c.Event;
        if (e.Code.RootNumber is not (18 or 19))
        {
            return c;
        }

        var i = WordAt(frame, e.Trigger);
        if (i >= frame.Length || !frame.Words[i].StartsWith("ATTACK", StringComparison.Ordinal))
        {
            return c;
        }

        var verbal = i > 0 && frame.Words[i - 1] == "UNDER";
        for (var k = i + 1; !verbal && k < frame.Length && k <= i + 6; k++)
        {
            if (frame.IsHardStop(k) || frame.Words[k] is "," or "ON" or "AGAINST" || (frame.SlotStartingAt(k) is { } slot && slot.Actor.Code.Value.Length > 3))
            {
                break;
            }

            verbal = Statements.Contains(frame.Words[k]);
        }

        if (!verbal)
        {
            return c;
        }

        var criticise = EventCode.Parse("111");
        var entry = codebook[criticise];
        return c with { Event = e with { Code = criticise, Goldstein = entry.Goldstein, Plover = entry.Plover, Rule = $"{e.Rule}; an attack on words or rules is criticism (111)" } };
    }

    // A bare country or its government or foreign ministry ("GBR", "JPNGOV").
    private static bool IsState(ActorCode code) => code.Value is { Length: 3 } || (code.Value is { Length: 6 } v && v.EndsWith("GOV", StringComparison.Ordinal));

    // "talking to reporters", "met journalists": consulting the press is how a statement is made, not a meeting with
    // the media; "asked by reporters if …" is a journalist's question, not an appeal (issue 8 point 5).
    public static bool IsPressBriefing(DocumentEvent e) =>
        (e.Code.RootNumber == 4 && e.Target is { Generic: true } target && target.Code.Value.EndsWith("MED", StringComparison.Ordinal))
        || (e.Code.RootNumber == 2 && e.Source is { Generic: true } source && source.Code.Value.EndsWith("MED", StringComparison.Ordinal));

    // "speaking at the IMF and World Bank annual meeting", "ahead of an ICO board meeting", "following the recent G7
    // meeting": a meeting noun after a preposition of place or time is the scene or the time of another act, not a
    // meeting of the names that modify it; "met IMF requirements" is no meeting at all (issue 8 point 5).
    public static bool IsMeetingScene(SentenceFrame frame, DocumentEvent e)
    {
        if (e.Code.RootNumber != 4)
        {
            return false;
        }

        var i = WordAt(frame, e.Trigger);
        if (i < frame.Length && frame.Words[i] is "MET" or "MEET" or "MEETS" or "MEETING")
        {
            // "Argentina has met IMF requirements", "to meet the targets": meeting a demand is satisfying it.
            for (var k = i + 1; k < frame.Length && k <= i + 5; k++)
            {
                if (frame.Words[k] is "REQUIREMENTS" or "REQUIREMENT" or "TARGETS" or "TARGET" or "DEMANDS" or "DEMAND" or "CONDITIONS" or "EXPECTATIONS"
                    or "CRITERIA" or "DEADLINE" or "OBLIGATIONS" or "NEEDS" or "GOALS" or "GOAL" or "STANDARDS" or "TERMS" or "COSTS" or "PAYMENTS" or "QUOTA" or "QUOTAS")
                {
                    return true;
                }
            }
        }

        if (i >= frame.Length || frame.Words[i] is not ("MEETING" or "MEETINGS" or "SUMMIT" or "SUMMITS" or "TALKS" or "CONFERENCE" or "SESSION" or "CONSULTATIONS"))
        {
            return false;
        }

        for (var j = i - 1; j >= 0 && j >= i - 10; j--)
        {
            var w = frame.Words[j];
            if (w is "AT" or "AHEAD" or "BEFORE" or "AFTER" or "FOLLOWING" or "DURING" or "SIDELINES")
            {
                return true;
            }

            if (frame.IsHardStop(j) || w is "," or "BETWEEN" or "WITH" or "HELD" or "HOLD" or "HAD" or "HAVE" or "HAS" or "WAS" or "WERE")
            {
                return false;
            }
        }

        return false;
    }

    // The index of the first word at or after the start of span.
    public static int WordAt(SentenceFrame frame, TextSpan span)
    {
        var i = 0;
        while (i < frame.Length && frame.Spans[i].Start < span.Start)
        {
            i++;
        }

        return i;
    }

    // "Gondor has said it expelled …": the speaker's own act, reported with a pronoun right after the verb of saying.
    public static bool SaidItself(SentenceFrame frame, TextSpan trigger)
    {
        var i = WordAt(frame, trigger);

        var j = i - 1;
        while (j >= 0 && frame.Words[j] is "HAD" or "HAS" or "HAVE" or "WOULD" or "ALSO" or "ALREADY")
        {
            j--;
        }

        return j > 0 && frame.Words[j] is "IT" or "THEY" or "HE" or "SHE" or "WE" && frame.Words[j - 1] is "SAID" or "SAYS" or "SAY" or "ANNOUNCED" or "CONFIRMED";
    }

    // The instrument right before its verb: "a blast killed", "shelling has hit", "a roadside bomb on Monday killed".
    public static bool IsSubjectOf(string text, TextSpan instrument, TextSpan verb) =>
        instrument.End <= verb.Start && verb.Start - instrument.End <= 30 && text.AsSpan(instrument.End, verb.Start - instrument.End).IndexOfAny(",;:") < 0;
}
