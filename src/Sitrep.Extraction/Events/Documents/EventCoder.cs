using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Events.Acled;
using Sitrep.Extraction.Events.Casualties;
using Sitrep.Extraction.Events.Dates;
using Sitrep.Extraction.Places;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Codes the events of a document (issue 3 point 4) from its coded actor mentions and a verb-pattern dictionary,
/// sentence by sentence: source, trigger and target always come from one sentence. Negated and hypothetical
/// statements are left out; each event is dated by the temporal expression of its clause, else the article date, and
/// placed (when the document has its places layer) by <see cref="EventPlacer"/>.
/// </summary>
public sealed class EventCoder : IStage
{

    private readonly SentenceEventCoder _coder;
    private readonly EventDictionary _dictionary;
    private readonly AcledTyper? _acled;
    private readonly EventCoderOptions _options;
    private readonly WordCache _words = new();
    private readonly SportContext _sport;
    private readonly FrozenSet<string> _forces;

    /// <summary>Creates the stage.</summary>
    /// <param name="dictionary">The verb-pattern dictionary.</param>
    /// <param name="options">Settings; <see cref="EventCoderOptions.Default"/> when null.</param>
    /// <param name="acled">What coding in ACLED's terms needs (issue 8); null codes CAMEO and PLOVER only.</param>
    public EventCoder(EventDictionary dictionary, EventCoderOptions? options = null, AcledResources? acled = null)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _options = options ?? EventCoderOptions.Default;
        _dictionary = dictionary;
        _acled = acled is null ? null : new AcledTyper(acled);
        _coder = new SentenceEventCoder(dictionary, _options);
        _sport = new SportContext(dictionary);
        // Issue 8 point 5: "Iraqi forces", "Iranian gunboats": one-word members of &TROOPS and &WEAPON.
        _forces = dictionary.SynsetMembersOrEmpty("&TROOPS").Concat(dictionary.SynsetMembersOrEmpty("&WEAPON")).Where(m => m.Length == 1).Select(m => m[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public string Name => "event-coder.v1";

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Requires { get; } = [LayerKind.Tokens, LayerKind.Sentences, LayerKind.Entities, LayerKind.Actors, LayerKind.GenericActors, LayerKind.Quotes];

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Produces { get; } = [LayerKind.Events];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Events = Code(document, cancellationToken).Where(c => c.Mood == EventMood.Asserted).Select(c => c.Event).ToImmutableArray() };
    }

    /// <summary>Every candidate event of the document, dated, de-duplicated, with its mood (A5: compute, then annotate).</summary>
    public ImmutableArray<EventCandidate> Code(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var codes = new Dictionary<int, ActorCode>();
        foreach (var a in document.Actors)
        {
            codes[a.EntityId] = a.Code;
        }

        // Issue 8: "city police commissioner p c pande … he said": a person named after a force's rank is that force.
        var titled = TitledPersons.Find(document, codes);
        var result = ImmutableArray.CreateBuilder<EventCandidate>();
        var excluded = document.Zones.Where(z => z.Kind is ZoneKind.Dateline or ZoneKind.Credits or ZoneKind.DateHeader or ZoneKind.Noise).Select(z => z.Span).ToArray();
        var m = 0;
        var g = 0;
        ImmutableArray<ActorSlot> lastCompound = [];
        var sport = _sport.Sentences(document, _words);
        // Quotes by the start of their cue, walked once alongside the sentences (linear in the document).
        var cued = document.Quotes.Where(q => q.Cue is not null).OrderBy(q => q.Cue!.Value.Start).ToArray();
        var nextCue = 0;
        var index = -1;
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            index++;
            while (m < document.Mentions.Length && document.Mentions[m].Span.Start < sentence.Span.Start)
            {
                m++;
            }

            var actors = new List<(TextSpan, EventActor, bool)>();
            var end = m;
            for (var k = m; k < document.Mentions.Length && document.Mentions[k].Span.Start < sentence.Span.End; k++)
            {
                end = k + 1;
                var mention = document.Mentions[k];
                if (codes.TryGetValue(mention.EntityId, out var code) && !code.IsNull && mention.Span.End <= sentence.Span.End
                    && !excluded.Any(z => z.Start <= mention.Span.Start && mention.Span.End <= z.End))
                {
                    actors.Add((mention.Span, new EventActor(code, document.Entities[mention.EntityId].Name, mention.Span, mention.EntityId), mention.Kind == MentionKind.Pronoun));
                }
                else if (titled.TryGetValue(mention.EntityId, out var title) && mention.Span.End <= sentence.Span.End
                    && !excluded.Any(z => z.Start <= mention.Span.Start && mention.Span.End <= z.End))
                {
                    actors.Add((mention.Span, title with { Span = mention.Span }, mention.Kind == MentionKind.Pronoun));
                }
            }

            AddGenericActors(document, sentence, actors, ref g);
            AddPluralPronouns(document, sentence, actors, lastCompound);
            var speaker = document.Quotes.FirstOrDefault(q => q.Span.Start < sentence.Span.End && sentence.Span.Start < q.Span.End
                && q.Speaker.Span is { } at && sentence.Span.Start <= at.Start && at.End <= sentence.Span.End)?.Speaker.Span;
            var frame = SentenceFrame.Create(document, sentence, actors, document.Mentions.AsSpan()[m..end], _words, speaker, IsTrigger, _forces.Contains);
            if (!frame.Groups.IsEmpty)
            {
                lastCompound = frame.Groups[^1];
            }

            if (sport[index])
            {
                // Issue 8 point 5: "Ireland beat England" is a result, not an attack.
                continue;
            }

            while (nextCue < cued.Length && cued[nextCue].Cue!.Value.Start < sentence.Span.Start)
            {
                nextCue++;
            }

            var sentenceQuotes = new List<Quote>();
            for (var q = nextCue; q < cued.Length && cued[q].Cue!.Value.Start < sentence.Span.End; q++)
            {
                sentenceQuotes.Add(cued[q]);
            }

            var candidates = StatementSources(sentenceQuotes, frame, _coder.Code(frame).Where(c => !IsPressBriefing(c.Event) && !IsMeetingScene(frame, c.Event)))
                .Select(StateProtest).Select(c => VerbalAttack(frame, c)).ToList();
            var anchored = new HashSet<EventCandidate>();
            if (_acled is not null && candidates.All(c => c.Event.Code.RootNumber == 1 || (c.Mood != EventMood.Asserted && c.Event.Code.RootNumber < 14)))
            {
                // Issue 8: "a grenade attack on police", "clashes between rebels and troops": ACLED's own nouns, also
                // when the sentence codes nothing but a statement ("…, police said") or a wish ("gathered … to urge");
                // never when it says a conflict act did not or will not happen ("will not make any arrests").
                // The speaker of a statement reports the act; it is not the act's author ("the bomb went off, according
                // to the police").
                var speakers = candidates.Where(c => c.Event.Source is not null).Select(c => c.Event.Source!.Span).ToHashSet();
                // A word the verb patterns already read, with its mood ("will not be able to make any arrests", "is likely
                // to take ansari into custody"), is no anchor.
                anchored.UnionWith(AnchoredEventFinder.Find(frame, _acled.Resources, _dictionary)
                    .Where(c => !candidates.Any(p => p.Event.Code.RootNumber != 1 ? p.Event.Evidence.Overlaps(c.Event.Trigger) : p.Event.Trigger.Overlaps(c.Event.Trigger)))
                    .Select(c => c.Event.Source is { } source && speakers.Contains(source.Span) && !SaidItself(frame, c.Event.Trigger) ? c with { Event = c.Event with { Source = null } } : c)
                    .Select(c => VerbalAttack(frame, c)));
                candidates.AddRange(anchored);
            }

            if (_acled is not null && anchored.Count == 0)
            {
                // "A blast killed three soldiers", "shelling hit the village": an attack noun or weapon as the subject of an
                // act of violence that names no actor says what kind of violence it was (REM_EXPLOS 183, shelling 194).
                InstrumentOfViolence(document.Text, frame, candidates, anchored);
            }

            if (candidates.Count == 0)
            {
                continue;
            }

            candidates = ParticipleAdjuncts.Merge(frame, candidates);
            var dates = document.Metadata.Date is { } articleDate ? DateResolver.Resolve(document, sentence, articleDate) : [];
            // Issue 8: one act per actors, root and mood in each clause: "police opened fire …, but no casualties …
            // two persons were killed in police firing" reports two firings.
            var seen = new HashSet<(ActorCode?, ActorCode?, EventCode, EventMood, int)>();
            var sentenceEvents = candidates.Select(c => c.Event).ToList();
            foreach (var candidate in candidates.OrderByDescending(c => c.Event.Confidence))
            {
                var e = candidate.Event;
                if (seen.Add((e.Source?.Code, e.Target?.Code, e.Root, candidate.Mood, ClauseStart(document.Text, e))))
                {
                    // Issue 4 point 5: the place of the event's clause, else its sentence, else the document's focus.
                    var place = document.Has(LayerKind.Places) ? EventPlacer.Place(document, e.Evidence, e.Sentence, ActorSpans(e)) : null;
                    var placed = e with { Date = DateOf(document, frame, e, dates), Place = place };
                    if (_acled is null)
                    {
                        result.Add(candidate with { Event = placed });
                    }
                    else if (ConflictCoding.Apply(document, placed, anchored.Contains(candidate), _acled, sentenceEvents) is { } coded)
                    {
                        result.Add(candidate with { Event = coded });
                    }
                }
            }
        }

        result.Sort((a, b) => a.Event.Evidence.Start != b.Event.Evidence.Start ? a.Event.Evidence.Start.CompareTo(b.Event.Evidence.Start) : a.Event.Trigger.Start.CompareTo(b.Event.Trigger.Start));
        return result.ToImmutable();
    }

    // The clause of the event's trigger, for de-duplication: CasualtyPicker's clause, cut also after a full stop that the
    // sentence splitter left inside the sentence (lower-case text: "… so far to 28. he was remanded to police custody").
    private static int ClauseStart(string text, DocumentEvent e)
    {
        var start = CasualtyPicker.ClauseOf(text, e.Sentence, e.Trigger).Start;
        var stop = text.LastIndexOf(". ", Math.Max(e.Trigger.Start - 1, 0), Math.Max(e.Trigger.Start - start, 0), StringComparison.Ordinal);
        return stop >= start ? stop + 2 : start;
    }

    private void InstrumentOfViolence(string text, SentenceFrame frame, List<EventCandidate> candidates, HashSet<EventCandidate> anchored)
    {
        for (var k = 0; k < candidates.Count; k++)
        {
            var verb = candidates[k];
            if (verb.Event.Source is not null || verb.Mood != EventMood.Asserted || verb.Event.Code.RootNumber is not (18 or 19 or 20))
            {
                continue;
            }

            foreach (var found in AnchoredEventFinder.Find(frame, _acled!.Resources, _dictionary))
            {
                var e = found.Event;
                if (e.Source is null && found.Mood == EventMood.Asserted && e.Code.RootNumber is 18 or 19 or 20 && e.Trigger.End <= verb.Event.Trigger.Start
                    && IsSubjectOf(text, e.Trigger, verb.Event.Trigger) && (e.Target is null || verb.Event.Target is null || e.Target.Span.Overlaps(verb.Event.Target.Span)))
                {
                    var replaced = found with
                    {
                        Event = e with
                        {
                            Target = e.Target ?? verb.Event.Target,
                            Evidence = new TextSpan(Math.Min(e.Evidence.Start, verb.Event.Evidence.Start), Math.Max(e.Evidence.End, verb.Event.Evidence.End)),
                        },
                    };
                    candidates[k] = replaced;
                    anchored.Add(replaced);
                    return;
                }
            }
        }
    }

    // Issue 8 point 5: a statement (CAMEO 01) is the act of its speaker. When the quote layer attributes the words the
    // verb of saying introduces, the statement's source is the actor of that speaker's mention in the sentence, or of a
    // pronoun resolved to the same entity; a speaker no code covers ("traders said", "AT&T's chairman said" with an
    // uncoded firm) makes no statement, rather than one credited to a country of the reported clause ("Baker pointed
    // out Brazil was paying"). Without such a quote, a speaker after the verb needs the inversion that reports use
    // (", said X", "“…,” said X").
    private static List<EventCandidate> StatementSources(List<Quote> quotes, SentenceFrame frame, IEnumerable<EventCandidate> coded)
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
                ?? frame.Slots.FirstOrDefault(s => speaker.EntityId is { } id && s.Actor.EntityId == id && (s.Pronoun || (!s.Attributive && !IsPostModifier(frame, s))));
            if (slot is null)
            {
                continue;
            }

            var target = e.Target is { } t && (t.Span == slot.Actor.Span || t.Code == slot.Actor.Code) ? null : e.Target;
            result.Add(ReferenceEquals(slot.Actor, e.Source) && ReferenceEquals(target, e.Target) ? c : c with { Event = e with { Source = slot.Actor, Target = target } });
        }

        return result;
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

    // "talking to reporters", "met journalists": consulting the press is how a statement is made, not a meeting with
    // the media (issue 8 point 5).
    // "Britain has protested the Japanese limitations": a state or its government protests through diplomacy (CAMEO
    // 114, complain officially), not in the street (14); people, parties and unions demonstrate (issue 8 point 5).
    private EventCandidate StateProtest(EventCandidate c)
    {
        var e = c.Event;
        if (e.Code.RootNumber != 14 || e.Source is not { Generic: false } source || !IsState(source.Code))
        {
            return c;
        }

        var complain = EventCode.Parse("114");
        var entry = _dictionary.Codebook[complain];
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
    private EventCandidate VerbalAttack(SentenceFrame frame, EventCandidate c)
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
        var entry = _dictionary.Codebook[criticise];
        return c with { Event = e with { Code = criticise, Goldstein = entry.Goldstein, Plover = entry.Plover, Rule = $"{e.Rule}; an attack on words or rules is criticism (111)" } };
    }

    // A bare country or its government or foreign ministry ("GBR", "JPNGOV").
    private static bool IsState(ActorCode code) => code.Value is { Length: 3 } || (code.Value is { Length: 6 } v && v.EndsWith("GOV", StringComparison.Ordinal));

    // "asked by reporters if …" is a journalist's question, not an appeal.
    private static bool IsPressBriefing(DocumentEvent e) =>
        (e.Code.RootNumber == 4 && e.Target is { Generic: true } target && target.Code.Value.EndsWith("MED", StringComparison.Ordinal))
        || (e.Code.RootNumber == 2 && e.Source is { Generic: true } source && source.Code.Value.EndsWith("MED", StringComparison.Ordinal));

    // "speaking at the IMF and World Bank annual meeting", "ahead of an ICO board meeting", "following the recent G7
    // meeting": a meeting noun after a preposition of place or time is the scene or the time of another act, not a
    // meeting of the names that modify it; "met IMF requirements" is no meeting at all (issue 8 point 5).
    private static bool IsMeetingScene(SentenceFrame frame, DocumentEvent e)
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
    private static int WordAt(SentenceFrame frame, TextSpan span)
    {
        var i = 0;
        while (i < frame.Length && frame.Spans[i].Start < span.Start)
        {
            i++;
        }

        return i;
    }

    // "Gondor has said it expelled …": the speaker's own act, reported with a pronoun right after the verb of saying.
    private static bool SaidItself(SentenceFrame frame, TextSpan trigger)
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
    private static bool IsSubjectOf(string text, TextSpan instrument, TextSpan verb) =>
        instrument.End <= verb.Start && verb.Start - instrument.End <= 30 && text.AsSpan(instrument.End, verb.Start - instrument.End).IndexOfAny(",;:") < 0;

    private bool IsTrigger(ImmutableArray<string> words, int i) => !_dictionary.Triggers.MatchAll(words, i).IsEmpty;

    // Issue 8 point 1: "police", "gunmen", "Turkish-backed rebels" are actors. A coded name inside such a phrase is its
    // modifier ("Turkish" in "Turkish-backed rebels"), not an actor of its own.
    private static void AddGenericActors(Document document, Sentence sentence, List<(TextSpan Span, EventActor Actor, bool Pronoun)> actors, ref int g)
    {
        var generic = document.GenericActors;
        while (g < generic.Length && generic[g].Span.Start < sentence.Span.Start)
        {
            g++;
        }

        for (var k = g; k < generic.Length && generic[k].Span.Start < sentence.Span.End; k++)
        {
            var a = generic[k];
            if (a.Span.End > sentence.Span.End)
            {
                continue;
            }

            actors.RemoveAll(x => !x.Pronoun && a.Span.Start <= x.Span.Start && x.Span.End <= a.Span.End);
            actors.Add((a.Span, new EventActor(a.Code, a.Name, a.Span, null) { Category = a.Category, Generic = true, Rule = a.Rule }, false));
        }

        actors.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
    }

    // The spans of an event's actors, for the placer (a country inside an actor phrase is not the event's place); the
    // whole generic phrase ("the US warplanes") rather than the single name.
    private static TextSpan[] ActorSpans(DocumentEvent e) => [.. new[] { e.Source, e.Target }.OfType<EventActor>().Where(a => a.Generic).Select(a => a.Span)];

    // "They now co-operate": a plural pronoun stands for the last compound actor ("Turkey and Russia") of this or an earlier sentence.
    private static void AddPluralPronouns(Document document, Sentence sentence, List<(TextSpan Span, EventActor Actor, bool Pronoun)> actors, ImmutableArray<ActorSlot> lastCompound)
    {
        var compound = lastCompound;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var span = document.Tokens[i].Span;
            if (span.Length is < 4 or > 5 || !IsPluralPronoun(document.Text.AsSpan(span.Start, span.Length)))
            {
                continue;
            }

            // An and-joined pair earlier in this sentence wins over one from before.
            var local = actors.Where(a => a.Span.End <= span.Start && !a.Pronoun).ToList();
            if (compound.IsEmpty || actors.Any(a => a.Span.Start == span.Start))
            {
                continue;
            }

            if (local.Count >= 2 && !compound.Any(c => local.Any(l => l.Actor.EntityId == c.Actor.EntityId)))
            {
                continue;
            }

            foreach (var member in compound)
            {
                actors.Add((span, member.Actor with { Span = span }, true));
            }
        }
    }

    private static bool IsPluralPronoun(ReadOnlySpan<char> word) =>
        word.Equals("they", StringComparison.OrdinalIgnoreCase) || word.Equals("them", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase);

    private EventDate? DateOf(Document document, SentenceFrame frame, DocumentEvent e, ImmutableArray<TemporalExpression> dates)
    {
        TemporalExpression? best = null;
        var bestDistance = int.MaxValue;
        foreach (var expression in dates)
        {
            if (!expression.IsResolved)
            {
                continue;
            }

            var distance = WordsBetween(frame, e.Evidence, expression.Span);
            if (distance >= 0 && distance <= _options.DateWindow && distance < bestDistance)
            {
                best = expression;
                bestDistance = distance;
            }
        }

        if (best?.ToEventDate() is { } dated)
        {
            return dated;
        }

        // GDELT's convention: an event the text does not date is dated by its article.
        return document.Metadata.Date is { } day ? new EventDate(day, day, DatePrecision.Day, new TextSpan(0, 0), "article-date") : null;
    }

    // Words between two spans of the sentence, or -1 when a clause boundary lies between them.
    private static int WordsBetween(SentenceFrame frame, TextSpan a, TextSpan b)
    {
        if (a.Start < b.End && b.Start < a.End)
        {
            return 0;
        }

        var (from, to) = a.End <= b.Start ? (a.End, b.Start) : (b.End, a.Start);
        var count = 0;
        for (var i = 0; i < frame.Length; i++)
        {
            if (frame.Spans[i].Start >= from && frame.Spans[i].End <= to)
            {
                if (frame.IsHardStop(i))
                {
                    return -1;
                }

                count++;
            }
        }

        return count;
    }
}
