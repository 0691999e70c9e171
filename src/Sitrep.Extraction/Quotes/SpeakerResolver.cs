using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quotes;

/// <summary>
/// Turns a speaker phrase into a <see cref="Speaker"/>: the entity of an overlapping mention when the entity layer has
/// one (pronouns included, <c>he</c> → <c>Jalel Harchaoui</c>), else the phrase itself; a pronoun with no mention falls
/// back to the most recent named speaker, then the most recent person mention, before it.
/// A document as speaker goes to its issuer, a title and surname (<c>Mr Hague</c>) to the person of that surname named in
/// full (issue 9 point 7). Call <c>Resolve</c> in text order: it remembers earlier speakers and documents.
/// </summary>
/// <param name="document">The document, with its entity layer.</param>
/// <param name="previousSubject">The named subject of a sentence shortly before an offset, the last fallback for a pronoun.</param>
/// <param name="context">Sentences, paragraphs and titles for documents and titled surnames; none when null.</param>
internal sealed class SpeakerResolver(Document document, Func<int, SpeakerPhrase?> previousSubject, SpeakerContext? context = null)
{
    // Issue 9 point 7: documents whose issuer the text named ("An IAAF statement", "X said in a statement"), by end
    // offset, for a later "the statement" of the same kind.
    private readonly List<(int End, string Medium, Speaker Issuer)> _documents = [];

    // How far back (UTF-16 code units) a named speaker still outranks a later person mention as a pronoun's antecedent.
    private const int RecentSpeakerWindow = 600;

    private readonly List<(int End, Speaker Speaker)> _named = [];

    // Issue 9 point 1: the latest named speaker and the first PERSON entity by the last word of a name of two words or
    // more (the text after its last space), so a surname alone is looked up, not compared with every earlier speaker.
    private readonly Dictionary<string, Speaker> _namedBySurname = new(StringComparer.Ordinal);
    private Dictionary<string, Entity>? _personsBySurname;

    // Issue 9 point 1: Antecedent's walk over the mentions up to the first one at or after a pronoun, answered by binary
    // search: the running maximum of the mentions' starts (the walk stops where it first reaches the pronoun) and the
    // last person name before each mention.
    private int[]? _maxStartThrough;
    private int[]? _lastPersonBefore;

    /// <summary>Resolves the speaker of an attribution without its quote's span (no quote to keep antecedents out of).</summary>
    public Speaker Resolve(Attribution attribution) => Resolve(attribution, default, null);

    /// <summary>
    /// Resolves the speaker of an attribution of the quote at <paramref name="quote"/>: a pronoun's antecedent is not a
    /// name inside the quote it attributes ("“… of El Greco …,” he said"). <paramref name="medium"/> is a document the
    /// attribution names beside its speaker ("X said in a statement"): the speaker becomes its issuer.
    /// </summary>
    public Speaker Resolve(Attribution attribution, TextSpan quote, string? medium)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        var phrase = attribution.Speaker;
        var speaker = ResolvePhrase(phrase, quote);
        if (!speaker.Anonymous && (medium ?? phrase.Medium) is { } m && phrase.Kind != SpeakerPhraseKind.Document)
        {
            _documents.Add((Math.Max(phrase.Span.End, attribution.Cue.End), m, speaker with { Span = null }));
        }

        return speaker;
    }

    private Speaker ResolvePhrase(SpeakerPhrase phrase, TextSpan quote)
    {
        switch (phrase.Kind)
        {
            case SpeakerPhraseKind.Anonymous:
                return new Speaker(phrase.Name, phrase.Role, Anonymous: true, phrase.Span, EntityId: null);
            case SpeakerPhraseKind.Pronoun:
                var byMention = FromMention(phrase);
                if (byMention?.EntityId is { } id && InsideQuoteBefore(id, phrase.Span.Start, quote))
                {
                    byMention = null;
                }

                var searchFrom = !quote.IsEmpty && quote.End <= phrase.Span.Start ? quote.Start : phrase.Span.Start;
                return Fuller(byMention ?? Antecedent(phrase.Span, searchFrom)
                    ?? (previousSubject(phrase.Span.Start) is { } subject ? new Speaker(subject.Name, subject.Role, Anonymous: false, phrase.Span, null) : null)
                    ?? new Speaker(phrase.Name, null, Anonymous: false, phrase.Span, null));
            case SpeakerPhraseKind.Document:
                return Issuer(phrase) ?? new Speaker(phrase.Name, phrase.Role, Anonymous: false, phrase.Span, null);
            default:
                var speaker = Fuller(FromMention(phrase)
                    ?? EarlierBySurname(phrase)
                    ?? new Speaker(phrase.Name, phrase.Role, Anonymous: false, phrase.Span, null));
                if (phrase.Kind == SpeakerPhraseKind.Named && CouldBePerson(speaker))
                {
                    _named.Add((phrase.Span.End, speaker));
                    if (Surname(speaker.Name) is { } surname && !IsTitledSurname(speaker.Name))
                    {
                        _namedBySurname[surname] = speaker;
                    }
                }

                return speaker;
        }
    }

    // A document that names no issuer (issue 9 point 7): "The statement continued" after "An IAAF statement said" is
    // IAAF's; else the named subject of its sentence ("X decided, according to the summary, “…”"); else the nearest
    // person or body mentioned before it in its sentence, then in its paragraph.
    private Speaker? Issuer(SpeakerPhrase phrase)
    {
        for (var i = _documents.Count - 1; i >= 0; i--)
        {
            if (_documents[i].Medium == phrase.Medium && _documents[i].End <= phrase.Span.Start)
            {
                return _documents[i].Issuer with { Span = phrase.Span };
            }
        }

        if (context is null)
        {
            return null;
        }

        if (context.SentenceSubject(phrase.Span.Start) is { Kind: SpeakerPhraseKind.Named } subject && subject.Span.End <= phrase.Span.Start)
        {
            return Fuller(FromMention(subject) ?? EarlierBySurname(subject) ?? new Speaker(subject.Name, subject.Role, Anonymous: false, subject.Span, null))
                with { Span = phrase.Span };
        }

        foreach (var floor in (ReadOnlySpan<int>)[context.SentenceStart(phrase.Span.Start), context.ParagraphStart(phrase.Span.Start)])
        {
            if (LastIssuerMention(floor, phrase.Span.Start) is { } m)
            {
                var e = document.Entities[m.EntityId];
                return Fuller(new Speaker(e.Name, e.Role, Anonymous: false, phrase.Span, e.Id));
            }
        }

        return null;
    }

    // The number of mentions (sorted by start) that start before the offset: binary search, so lookups stay linear overall.
    private int MentionsStartingBefore(int offset)
    {
        var mentions = document.Mentions;
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // The last mention of a person or organisation starting in [floor, before).
    private Mention? LastIssuerMention(int floor, int before)
    {
        var mentions = document.Mentions;
        var lo = MentionsStartingBefore(before);
        for (var i = lo - 1; i >= 0 && mentions[i].Span.Start >= floor; i--)
        {
            var id = mentions[i].EntityId;
            if (mentions[i].Span.End <= before && id >= 0 && id < document.Entities.Length
                && document.Entities[id].Type is EntityType.Person or EntityType.Org)
            {
                return mentions[i];
            }
        }

        return null;
    }

    // True when the entity's last mention before a pronoun lies inside the quote the pronoun attributes: the coreference
    // took a name the speaker uses for the speaker ("“… of El Greco …,” he said").
    private bool InsideQuoteBefore(int entityId, int pronoun, TextSpan quote)
    {
        if (quote.IsEmpty || quote.End > pronoun)
        {
            return false;
        }

        // Walk back from the pronoun over the mentions from the quote's start on only (linear in the quote, not the
        // document): the first mention of the entity met is its last before the pronoun.
        var mentions = document.Mentions;
        var lo = MentionsStartingBefore(pronoun);
        for (var i = lo - 1; i >= 0 && mentions[i].Span.Start >= quote.Start; i--)
        {
            if (mentions[i].EntityId == entityId)
            {
                return quote.Contains(mentions[i].Span);
            }
        }

        return false;
    }

    // "Mr Hague", "Baroness Boothroyd": titles and a surname stand for the person of that surname named in full before
    // (the latest such speaker, else the first such person), issue 9 point 7.
    private Speaker Fuller(Speaker speaker)
    {
        if (context is null || speaker.Anonymous || !IsTitledSurname(speaker.Name))
        {
            return speaker;
        }

        var surname = Surname(speaker.Name)!;
        if (_namedBySurname.TryGetValue(surname, out var earlier))
        {
            return earlier with { Span = speaker.Span, Role = earlier.Role ?? speaker.Role };
        }

        return PersonsBySurname().TryGetValue(surname, out var e)
            ? new Speaker(e.Name, e.Role ?? speaker.Role, Anonymous: false, speaker.Span, e.Id)
            : speaker;
    }

    // Two words or more, every one before the last a title ("Mr Hague", "Lady Boothroyd").
    private bool IsTitledSurname(string name)
    {
        if (context is null)
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[..^1].All(w => context.IsTitle(w) || context.IsTitle(w + "."));
    }

    private Dictionary<string, Entity> PersonsBySurname()
    {
        if (_personsBySurname is null)
        {
            _personsBySurname = new Dictionary<string, Entity>(StringComparer.Ordinal);
            foreach (var p in document.Entities)
            {
                if (p.Type == EntityType.Person && Surname(p.Name) is { } surname && !IsTitledSurname(p.Name))
                {
                    _personsBySurname.TryAdd(surname, p);
                }
            }
        }

        return _personsBySurname;
    }

    // A pronoun's antecedent is a person: a PERSON entity, or without entities a name of two words or more that is not
    // an acronym ("Nancy Pelosi", not "NBC" nor "Time").
    private bool CouldBePerson(Speaker speaker) =>
        speaker.EntityId is { } id && id >= 0 && id < document.Entities.Length
            ? document.Entities[id].Type == EntityType.Person
            : speaker.Name.Contains(' ', StringComparison.Ordinal) && !speaker.Name.All(c => !char.IsLetter(c) || char.IsUpper(c));

    // The entity of a mention overlapping the phrase. A pronoun takes only a PERSON entity; a name takes the mention at
    // its head (last word), so "the United States Constitution" is not the United States. When the phrase spells out
    // more of the name than the entity ("Jasim Uddin" for an entity "Jasim"), the phrase's name is kept.
    private Speaker? FromMention(SpeakerPhrase phrase)
    {
        var pronoun = phrase.Kind == SpeakerPhraseKind.Pronoun;
        Mention? best = null;
        foreach (var m in Overlapping(phrase.Span))
        {
            if ((pronoun && !IsPerson(m.EntityId)) || (!pronoun && !m.Span.Contains(phrase.Span.End - 1)))
            {
                continue;
            }

            if (best is null || (IsPerson(m.EntityId) && !IsPerson(best.EntityId)))
            {
                best = m;
            }
        }

        if (best is null || best.EntityId < 0 || best.EntityId >= document.Entities.Length)
        {
            return null;
        }

        var entity = document.Entities[best.EntityId];
        var name = !pronoun && phrase.Name.Length > entity.Name.Length && phrase.Name.Contains(entity.Name, StringComparison.Ordinal)
            ? phrase.Name
            : entity.Name;
        return new Speaker(name, entity.Role ?? phrase.Role, Anonymous: false, phrase.Span, entity.Id);
    }

    private Speaker? EarlierBySurname(SpeakerPhrase phrase)
    {
        if (phrase.Name.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        // The name has no space, so a name ending with a space and it is one whose text after its last space it is.
        if (_namedBySurname.TryGetValue(phrase.Name, out var earlier))
        {
            return earlier with { Span = phrase.Span, Role = earlier.Role ?? phrase.Role };
        }

        return PersonsBySurname().TryGetValue(phrase.Name, out var e)
            ? new Speaker(e.Name, e.Role ?? phrase.Role, Anonymous: false, phrase.Span, e.Id)
            : null;
    }

    /// <summary>The text after a name's last space, or null when it has none.</summary>
    internal static string? Surname(string name) =>
        name.LastIndexOf(' ') is var space and >= 0 ? name[(space + 1)..] : null;

    // "“…,” he said." with no pronoun mention: the most recent named speaker, else the most recent person mentioned.
    // A person named inside the quote the pronoun attributes is not its antecedent: the search for a mention starts at
    // searchFrom, the quote's start when it comes first.
    private Speaker? Antecedent(TextSpan pronoun, int searchFrom)
    {
        var lastSpeaker = _named.Count > 0 && _named[^1].End <= pronoun.Start ? _named[^1] : ((int End, Speaker Speaker)?)null;
        var last = LastPersonNameBefore(searchFrom);
        var lastPerson = last >= 0 ? document.Mentions[last] : null;

        // A speaker of the last few sentences beats a person merely mentioned since ("X said … about Trump. “…,” he said").
        if (lastSpeaker is not null && pronoun.Start - lastSpeaker.Value.End <= RecentSpeakerWindow)
        {
            return lastSpeaker.Value.Speaker with { Span = pronoun };
        }

        if (lastPerson is not null)
        {
            var e = document.Entities[lastPerson.EntityId];
            return new Speaker(e.Name, e.Role, Anonymous: false, pronoun, e.Id);
        }

        return lastSpeaker is null ? null : lastSpeaker.Value.Speaker with { Span = pronoun };
    }

    /// <summary>
    /// The index of the last PERSON name among the mentions before the first one starting at or after
    /// <paramref name="start"/>, or -1: what a walk over the mentions from the first finds, in O(log n).
    /// </summary>
    internal int LastPersonNameBefore(int start)
    {
        var mentions = document.Mentions;
        if (_maxStartThrough is null || _lastPersonBefore is null)
        {
            _maxStartThrough = new int[mentions.Length];
            _lastPersonBefore = new int[mentions.Length + 1];
            _lastPersonBefore[0] = -1;
            for (var i = 0; i < mentions.Length; i++)
            {
                _maxStartThrough[i] = Math.Max(i > 0 ? _maxStartThrough[i - 1] : int.MinValue, mentions[i].Span.Start);
                _lastPersonBefore[i + 1] = mentions[i].Kind == MentionKind.Name && IsPerson(mentions[i].EntityId) ? i : _lastPersonBefore[i];
            }
        }

        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_maxStartThrough[mid] < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return _lastPersonBefore[lo];
    }

    private IEnumerable<Mention> Overlapping(TextSpan span)
    {
        var mentions = document.Mentions;
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.Start < span.Start - 256)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < mentions.Length && mentions[i].Span.Start < span.End; i++)
        {
            if (mentions[i].Span.Overlaps(span))
            {
                yield return mentions[i];
            }
        }
    }

    private bool IsPerson(int entityId) =>
        entityId >= 0 && entityId < document.Entities.Length && document.Entities[entityId].Type == EntityType.Person;
}
