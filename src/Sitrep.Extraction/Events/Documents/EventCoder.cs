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
    private readonly EconomyContext _economy;
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
        _economy = new EconomyContext(dictionary);
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

    /// <summary>
    /// For each sentence (by index), the speaker of the first quote (in the document's order) that overlaps it and whose
    /// speaker it contains. Issue 9 point 1: one pass over the quotes with a binary search over the sentences, where a
    /// scan of every quote for every sentence made coding quadratic.
    /// </summary>
    internal static Dictionary<int, TextSpan> SpeakersBySentence(Document document)
    {
        var result = new Dictionary<int, TextSpan>();
        var sentences = document.Sentences;
        foreach (var q in document.Quotes)
        {
            if (q.Speaker.Span is not { } at)
            {
                continue;
            }

            // The last sentence starting at or before the speaker, then any earlier one that still reaches it.
            int lo = 0, hi = sentences.Length - 1, s = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                if (sentences[mid].Span.Start <= at.Start)
                {
                    (s, lo) = (mid, mid + 1);
                }
                else
                {
                    hi = mid - 1;
                }
            }

            for (; s >= 0 && sentences[s].Span.End >= at.Start; s--)
            {
                var span = sentences[s].Span;
                if (at.End <= span.End && q.Span.Start < span.End && span.Start < q.Span.End)
                {
                    result.TryAdd(s, at);
                }
            }
        }

        return result;
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
        var economy = _economy.Sentences(document, _words);
        // Quotes by the start of their cue, walked once alongside the sentences (linear in the document).
        var cued = document.Quotes.Where(q => q.Cue is not null).OrderBy(q => q.Cue!.Value.Start).ToArray();
        var nextCue = 0;
        var sentenceSpeakers = SpeakersBySentence(document);
        PronounSpeaker.Speaker? lastOfficer = null;
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
            var officerPronouns = PronounSpeaker.Add(document, sentence, index, actors, lastOfficer);
            TextSpan? speaker = sentenceSpeakers.TryGetValue(index, out var said) ? said : null;
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

            var candidates = EventReadings.StatementSources(sentenceQuotes, frame, _coder.Code(frame).Where(c => !EventReadings.IsPressBriefing(c.Event) && !EventReadings.IsMeetingScene(frame, c.Event)))
                .Select(c => EventReadings.StateProtest(c, _dictionary.Codebook)).Select(c => EventReadings.VerbalAttack(frame, c, _dictionary.Codebook)).ToList();
            var anchored = new HashSet<EventCandidate>();
            if (economy[index])
            {
                // Issue 8 point 5: money and markets ("a takeover battle", "the slide of the Lebanese pound"): no violence
                // from a noun, and no ACLED noun ("an explosion of prices", "a protest over sugar rebates").
                candidates.RemoveAll(c => c.Event.Code.RootNumber >= 18 && EconomyContext.IsNounTrigger(document.Text, c.Event.Trigger));
            }

            // Issue 8 point 5: a firm's own dealings are commerce; a joint act whose and-joined partner has no code has
            // lost its target.
            candidates.RemoveAll(c => DealReadings.IsFirmsOwnDealing(c.Event) || DealReadings.HasUncodedPartner(frame, c.Event));

            if (_acled is not null && !economy[index] && candidates.All(c => c.Event.Code.RootNumber == 1 || (c.Mood != EventMood.Asserted && c.Event.Code.RootNumber < 14)))
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
                    .Select(c => c.Event.Source is { } source && speakers.Contains(source.Span) && !EventReadings.SaidItself(frame, c.Event.Trigger) ? c with { Event = c.Event with { Source = null } } : c)
                    .Select(c => EventReadings.VerbalAttack(frame, c, _dictionary.Codebook)));
                candidates.AddRange(anchored);
            }

            if (_acled is not null && anchored.Count == 0 && !economy[index])
            {
                // "A blast killed three soldiers", "shelling hit the village": an attack noun or weapon as the subject of an
                // act of violence that names no actor says what kind of violence it was (REM_EXPLOS 183, shelling 194).
                InstrumentOfViolence(document.Text, frame, candidates, anchored);
            }

            if (officerPronouns.Count > 0)
            {
                candidates = [.. candidates.Select(c => PronounSpeaker.Restrict(c, officerPronouns)).OfType<EventCandidate>()];
            }

            lastOfficer = PronounSpeaker.Next(document, document.Mentions.AsSpan()[m..end], sentenceQuotes, index, candidates, lastOfficer);
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
                    && EventReadings.IsSubjectOf(text, e.Trigger, verb.Event.Trigger) && (e.Target is null || verb.Event.Target is null || e.Target.Span.Overlaps(verb.Event.Target.Span)))
                {
                    var replaced = found with
                    {
                        Event = e with
                        {
                            Target = e.Target ?? verb.Event.Target,
                            Evidence = e.Evidence.Union(verb.Event.Evidence),
                        },
                    };
                    candidates[k] = replaced;
                    anchored.Add(replaced);
                    return;
                }
            }
        }
    }

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
