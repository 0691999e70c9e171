using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// One sentence as the shallow pattern matcher sees it: upper-case words (typographic apostrophes made plain), the
/// coded actor slots in it, and its compound groups. Everything is sentence-relative token positions.
/// </summary>
internal sealed class SentenceFrame
{
    // Words a search for an actor never crosses: another clause or a quotation starts there.
    private static readonly FrozenSet<string> HardStops = FrozenSet.ToFrozenSet(
        [";", ":", "—", "–", "--", "\"", "“", "”", "WHICH", "WHO", "WHOM", "WHERE", "WHILE", "BUT", "ALTHOUGH", "WHEREAS", "BECAUSE", "UNLESS", "DESPITE", "THOUGH", "AMID", "SAID", "SAYS", "SAY", "TOLD"],
        StringComparer.Ordinal);

    private readonly bool[] _inName;
    private readonly bool[] _trigger;
    private readonly int[] _relative;
    private readonly string _text;

    private SentenceFrame(string text, Sentence sentence, ImmutableArray<string> words, ImmutableArray<TextSpan> spans, ImmutableArray<ActorSlot> slots, ImmutableArray<ImmutableArray<ActorSlot>> groups, bool[] inName, bool[] trigger, ActorSlot? speaker)
    {
        _text = text;
        _inName = inName;
        _trigger = trigger;
        _relative = RelativeClauses(words);
        MixedCase = IsMixedCase(text, spans);
        Speaker = speaker;
        Sentence = sentence;
        Words = words;
        Spans = spans;
        Slots = slots;
        Groups = groups;
    }

    public Sentence Sentence { get; }

    public ImmutableArray<string> Words { get; }

    public ImmutableArray<TextSpan> Spans { get; }

    /// <summary>Actor slots in text order.</summary>
    public ImmutableArray<ActorSlot> Slots { get; }

    /// <summary>Compound groups: two or more slots joined by <c>and</c> or commas ("Ankara and Moscow").</summary>
    public ImmutableArray<ImmutableArray<ActorSlot>> Groups { get; }

    public int Length => Words.Length;

    /// <summary>True when the sentence is written in capitals (a headline, an all-caps wire story): a capital letter then says nothing about names (issue 8 point 4).</summary>
    public bool AllCaps { get; private init; }

    /// <summary>When the sentence holds a quote whose speaker is a coded actor named in the sentence, that speaker.</summary>
    public ActorSlot? Speaker { get; }

    /// <summary>Word <paramref name="i"/> as written.</summary>
    public ReadOnlySpan<char> Original(int i) => _text.AsSpan(Spans[i].Start, Spans[i].Length);

    /// <summary>True when word <paramref name="i"/> belongs to a multi-word name ("Free Syrian Army"): it triggers nothing.</summary>
    public bool InName(int i) => _inName[i];

    /// <summary>True when word <paramref name="i"/> is a trigger word of the verb dictionary.</summary>
    public bool IsTrigger(int i) => _trigger[i];

    /// <summary>True when the sentence is written in ordinary case, so that a capital inside it marks a name (not all capitals, not all lower case).</summary>
    public bool MixedCase { get; }

    /// <summary>
    /// "Finance Minister", "the Louvre Accord": in a sentence in ordinary case, a capitalised word that does not open the
    /// sentence, a quotation or a parenthesis is part of a name or title, not a verb or an act.
    /// </summary>
    public bool IsCapitalisedInside(int i) =>
        MixedCase && i > 0 && Original(i) is { Length: > 0 } word && char.IsUpper(word[0]) && Words[i - 1] is not ("“" or "\"" or "‘" or "(" or ":" or "—" or "–" or "-");

    /// <summary>
    /// Index of the relative clause (", which Arnor hosted,") holding word <paramref name="i"/>, or -1. An actor search
    /// from outside a relative clause never takes an actor inside it, nor one from inside it an actor outside it.
    /// </summary>
    public int RelativeClauseOf(int i) => _relative[i];

    /// <summary>
    /// True when an actor at <paramref name="slot"/> may take part in what is said at word <paramref name="at"/>: both lie
    /// in the same relative clause (or outside all), or the slot is the antecedent right before the relative clause
    /// holding <paramref name="at"/> ("Russia and Turkey, whose presidents meet …", "Tripoli, which helped …").
    /// </summary>
    public bool SharesClause(ActorSlot slot, int at)
    {
        var clause = _relative[at];
        if (_relative[slot.First] == clause)
        {
            return true;
        }

        return clause >= 0 && slot.Last + 2 < Length && Words[slot.Last + 1] == "," && _relative[slot.Last + 2] == clause;
    }

    /// <summary>Builds the frame of <paramref name="sentence"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="actors">The coded actors of the sentence (named, generic, pronouns).</param>
    /// <param name="mentions">The mentions overlapping the sentence.</param>
    /// <param name="words">The shared word cache.</param>
    /// <param name="speaker">The span of a quote's speaker in the sentence, if any.</param>
    /// <param name="isVerb">Whether word i of the sentence (its normalised words) is a trigger of the verb dictionary.</param>
    /// <param name="isForce">Whether a normalised word names armed men or arms ("forces", "jets"), for which a country
    /// word before it stands ("Iraqi forces"), rather than a thing it only modifies ("Japanese crushers").</param>
    public static SentenceFrame Create(Document document, Sentence sentence, IReadOnlyList<(TextSpan Span, EventActor Actor, bool Pronoun)> actors, ReadOnlySpan<Mention> mentions, WordCache words, TextSpan? speaker = null, Func<ImmutableArray<string>, int, bool>? isVerb = null, Func<string, bool>? isForce = null)
    {
        var normalized = ImmutableArray.CreateBuilder<string>(sentence.TokenCount);
        var spans = ImmutableArray.CreateBuilder<TextSpan>(sentence.TokenCount);
        for (var i = 0; i < sentence.TokenCount; i++)
        {
            var span = document.Tokens[sentence.FirstToken + i].Span;
            spans.Add(span);
            normalized.Add(words.Normalize(document.Text.AsSpan(span.Start, span.Length)));
        }

        var raw = new List<(int First, int Last, EventActor Actor, bool Pronoun)>();
        foreach (var (span, actor, pronoun) in actors)
        {
            var first = -1;
            var last = -1;
            for (var i = 0; i < spans.Count; i++)
            {
                if (spans[i].End > span.Start && spans[i].Start < span.End)
                {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }

            if (first >= 0)
            {
                raw.Add((first, last, actor, pronoun));
            }
        }

        raw.Sort((a, b) => a.First.CompareTo(b.First));
        var groupOf = new int[raw.Count];
        var groups = new List<List<int>>();
        for (var k = 0; k < raw.Count; k++)
        {
            groupOf[k] = -1;
            // Joined by "and", or one pronoun standing for several actors ("they" for Turkey and Russia).
            var samePlace = k > 0 && raw[k - 1].First == raw[k].First && raw[k - 1].Last == raw[k].Last;
            if (k > 0 && (samePlace || Joins(normalized, raw[k - 1].Last + 1, raw[k].First)))
            {
                if (groupOf[k - 1] < 0)
                {
                    groupOf[k - 1] = groups.Count;
                    groups.Add([k - 1]);
                }

                groupOf[k] = groupOf[k - 1];
                groups[groupOf[k]].Add(k);
            }
        }

        var normalizedWords = normalized.MoveToImmutable();
        var spanList = spans.MoveToImmutable();
        var verb = isVerb ?? ((_, _) => false);
        var trigger = new bool[normalizedWords.Length];
        for (var i = 0; i < trigger.Length; i++)
        {
            trigger[i] = verb(normalizedWords, i);
        }

        var slots = raw.Select((r, k) => SlotRoles.Assign(
            new ActorSlot(r.First, r.Last, r.Actor, groupOf[k], r.Pronoun),
            document.Text,
            normalizedWords,
            spanList,
            r.Actor.EntityId is { } id && !r.Pronoun && id < document.Entities.Length ? document.Entities[id].Type : null,
            i => trigger[i] || (isForce is not null && isForce(normalizedWords[i])))).ToImmutableArray();
        var groupSlots = groups.Select(g => g.Select(k => slots[k]).ToImmutableArray()).ToImmutableArray();
        var inName = new bool[spanList.Length];
        foreach (var mention in mentions)
        {
            if (mention.Span.Start >= sentence.Span.End || mention.Span.End <= sentence.Span.Start || mention.Kind == MentionKind.Pronoun || mention.Span.Length <= 0)
            {
                continue;
            }

            for (var i = 0; i < spanList.Length; i++)
            {
                // Words inside a name, and a name's hyphenated head ("Turkish-backed"), are no triggers.
                inName[i] |= spanList[i].Start < mention.Span.End && mention.Span.Start < spanList[i].End && (mention.Span.Length > spanList[i].Length || spanList[i].Length > mention.Span.Length);
            }
        }

        var speakerSlot = speaker is { } sp ? slots.FirstOrDefault(s => s.Actor.Span.Start < sp.End && sp.Start < s.Actor.Span.End) : null;
        int upper = 0, lower = 0;
        foreach (var c in document.Text.AsSpan(sentence.Span.Start, sentence.Span.Length))
        {
            upper += char.IsUpper(c) ? 1 : 0;
            lower += char.IsLower(c) ? 1 : 0;
        }

        // The casing detector's test (Entities.Casing.CasingRegimeDetector): enough capitals, hardly a small letter.
        var allCaps = upper >= Entities.Casing.CasingRegimeDetector.MinUpperLetters && lower * Entities.Casing.CasingRegimeDetector.UpperToLowerRatio <= upper;
        return new SentenceFrame(document.Text, sentence, normalizedWords, spanList, slots, groupSlots, inName, trigger, speakerSlot) { AllCaps = allCaps };
    }

    /// <summary>True when no actor search crosses position <paramref name="i"/>.</summary>
    public bool IsHardStop(int i) => HardStops.Contains(Words[i]);

    /// <summary>The slot starting at or after <paramref name="from"/> within <paramref name="maxSkip"/> words, never across a hard stop (nor a comma when <paramref name="stopAtComma"/>).</summary>
    public ActorSlot? SlotAfter(int from, int maxSkip, bool stopAtComma)
    {
        var clause = from > 0 ? _relative[from - 1] : -1;
        for (var i = from; i < Length && i <= from + maxSkip; i++)
        {
            // Issue 8 point 5: a place after "in" or "at" says where, not to whom ("agreed in Vienna on a ceiling"); a
            // hyphen compound says where a thing is from ("refused to allow British-based U.S. planes": the planes are U.S.).
            if (SlotStartingAt(i) is { } slot && !slot.Locative && !slot.Hyphenated)
            {
                return _relative[i] == clause ? slot : null;
            }

            // ", …" and "that …" open another clause ("a sort of agreement that our loans to India …").
            if (IsHardStop(i) || (stopAtComma && Words[i] is "," or "THAT"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The slot ending at or before <paramref name="from"/> within <paramref name="maxSkip"/> words, never across a hard stop.</summary>
    /// <param name="from">Where the search starts, going left.</param>
    /// <param name="maxSkip">Most words passed over.</param>
    /// <param name="allowAttributive">True to take a country word that modifies another noun, or owns it, as standing for
    /// that noun's actor ("Turkish ground forces", "Haftar's forces"); false to stop there (issue 8 point 5: "Japanese
    /// crushers bought …", "Gondor's markets rallied").</param>
    /// <param name="allowPossessor">True to take a name that owns the noun after it as standing for that noun's actor
    /// ("Libya's rival sides conducted an exchange"); null to follow <paramref name="allowAttributive"/>.</param>
    public ActorSlot? SlotBefore(int from, int maxSkip, bool allowAttributive = false, bool? allowPossessor = null)
    {
        for (var i = from; i >= 0 && i >= from - maxSkip; i--)
        {
            if (SlotEndingAt(i) is { } slot && (from + 1 >= Length || SharesClause(slot, from + 1)))
            {
                // Issue 8 point 5: "Japanese crushers bought": the subject is the noun the country word modifies, which
                // no code names; a place ("in Vienna") or the one told ("told Reuters") is not the subject either.
                if ((slot.Attributive && !allowAttributive) || slot.Hyphenated || (slot.Possessor && !(allowPossessor ?? allowAttributive)))
                {
                    return null;
                }

                // "Henkel of Dusseldorf, West Germany, agreed …", "Siemens AG of West Germany, has reached …": a place
                // closing an apposition says where the subject is from (issue 8 point 5).
                if (!slot.Locative && !slot.Addressee && !slot.Oblique && !IsAppositivePlace(slot))
                {
                    return slot;
                }
            }

            // "Tripoli, which helped stop …": a relative clause's subject is the word before its comma; "the police
            // who fired" (issue 8): the word right before a restrictive relative.
            if (IsHardStop(i))
            {
                if (i > 0 && Words[i] is "WHICH" or "WHO")
                {
                    // "Tripoli, which helped …" (the word before the comma); "the police who fired" (the word before).
                    // Issue 8 point 5: a name inside a preposition's phrase is not the head the clause is about ("a
                    // trade mission to Tokyo, which refused …", "the ambassador to Athens who arrived …").
                    var head = Words[i - 1] == "," ? (i > 1 ? SlotEndingAt(i - 2) : null) : SlotEndingAt(i - 1);
                    return head is { Oblique: true } or { Locative: true } ? null : head;
                }

                // "Russia has said it expelled …": the pronoun subject of a reported clause is the one who said it.
                if (i > 0 && Words[i] is "SAID" or "SAYS" or "SAY" && i + 1 <= from && Words[i + 1] is "IT" or "THEY" or "HE" or "SHE")
                {
                    return SlotBefore(i - 1, 4) is { Pronoun: false } speaker ? speaker : null;
                }

                return null;
            }

            // ", and fighting has increased": a new coordinated clause.
            if (i > 0 && Words[i] is "AND" or "OR" && Words[i - 1] == ",")
            {
                return null;
            }
        }

        return null;
    }

    public ActorSlot? SlotStartingAt(int i)
    {
        foreach (var slot in Slots)
        {
            if (slot.First == i)
            {
                return slot;
            }
        }

        return null;
    }

    public ActorSlot? SlotEndingAt(int i)
    {
        foreach (var slot in Slots)
        {
            if (slot.Last == i)
            {
                return slot;
            }
        }

        return null;
    }

    private bool IsAppositivePlace(ActorSlot slot) =>
        slot.Actor.Code.Value.Length == 3 && !slot.Actor.Generic && slot.Last + 1 < Length && Words[slot.Last + 1] == ","
        && slot.First > 0 && Words[slot.First - 1] is "OF" or "," && Group(slot) is null;

    private ImmutableArray<ActorSlot>? Group(ActorSlot slot) => slot.Group >= 0 ? Groups[slot.Group] : null;

    /// <summary>The slot's compound group, or the slot alone.</summary>
    public ImmutableArray<ActorSlot> Members(ActorSlot slot) => slot.Group >= 0 ? Groups[slot.Group] : [slot];

    // ", which Arnor hosted,", ", who met Gondor": from the relative word to the next comma or the end of the sentence.
    private static int[] RelativeClauses(ImmutableArray<string> words)
    {
        var result = new int[words.Length];
        Array.Fill(result, -1);
        var id = 0;
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i - 1] == "," && words[i] is "WHICH" or "WHO" or "WHOM" or "WHOSE")
            {
                var j = i;
                for (; j < words.Length && (j == i || words[j] is not ("," or ";" or ":" or "—" or "–")); j++)
                {
                    result[j] = id;
                }

                i = j;
                id++;
            }
        }

        return result;
    }

    // A lower-case word this long is no function word of a title-case line.
    private const int LongWord = 5;

    // Lower-case long words that make a sentence dense with capitals ordinary case.
    private const int LongWordsInOrdinaryCase = 3;

    // Ordinary case: some words start with a capital and some with a lower-case letter. A sentence dense with names and
    // titles ("… included West German Finance Minister Gerhard Stoltenberg and Bundesbank President Karl Otto Poehl")
    // has more capitals than not and is still ordinary case when it has lower-case words longer than the short function
    // words that a title-case line leaves in lower case ("of", "and", "the", "with") (issue 8 point 5).
    private static bool IsMixedCase(string text, ImmutableArray<TextSpan> spans)
    {
        int upper = 0, lower = 0, longLower = 0;
        foreach (var span in spans)
        {
            if (span.Length > 1 && char.IsLetter(text[span.Start]))
            {
                if (char.IsUpper(text[span.Start + 1]))
                {
                    continue;
                }

                if (char.IsUpper(text[span.Start]))
                {
                    upper++;
                }
                else
                {
                    lower++;
                    longLower += span.Length >= LongWord ? 1 : 0;
                }
            }
        }

        return lower >= 2 && (lower >= upper || longLower >= LongWordsInOrdinaryCase);
    }

    // "Russia and Turkey", "Ankara, Moscow and Tehran", "the UAE as well as Egypt".
    private static bool Joins(ImmutableArray<string>.Builder words, int from, int to)
    {
        if (to - from is < 1 or > 3)
        {
            return false;
        }

        var sawAnd = false;
        for (var i = from; i < to; i++)
        {
            switch (words[i])
            {
                case "AND":
                    sawAnd = true;
                    break;
                case ",":
                    break;
                case "THE" when sawAnd && i == to - 1:
                    // Issue 8: "vhp activists and the police clashed".
                    break;
                default:
                    return false;
            }
        }

        return sawAnd;
    }
}
