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
    private readonly string _text;

    private SentenceFrame(string text, Sentence sentence, ImmutableArray<string> words, ImmutableArray<TextSpan> spans, ImmutableArray<ActorSlot> slots, ImmutableArray<ImmutableArray<ActorSlot>> groups, bool[] inName, ActorSlot? speaker)
    {
        _text = text;
        _inName = inName;
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

    public static SentenceFrame Create(Document document, Sentence sentence, IReadOnlyList<(TextSpan Span, EventActor Actor, bool Pronoun)> actors, ReadOnlySpan<Mention> mentions, WordCache words, TextSpan? speaker = null)
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

        var slots = raw.Select((r, k) => new ActorSlot(r.First, r.Last, r.Actor, groupOf[k], r.Pronoun)).ToImmutableArray();
        var groupSlots = groups.Select(g => g.Select(k => slots[k]).ToImmutableArray()).ToImmutableArray();
        var inName = new bool[spans.Count];
        foreach (var mention in mentions)
        {
            if (mention.Span.Start >= sentence.Span.End || mention.Span.End <= sentence.Span.Start || mention.Kind == MentionKind.Pronoun || mention.Span.Length <= 0)
            {
                continue;
            }

            for (var i = 0; i < spans.Count; i++)
            {
                // Words inside a name, and a name's hyphenated head ("Turkish-backed"), are no triggers.
                inName[i] |= spans[i].Start < mention.Span.End && mention.Span.Start < spans[i].End && (mention.Span.Length > spans[i].Length || spans[i].Length > mention.Span.Length);
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
        return new SentenceFrame(document.Text, sentence, normalized.MoveToImmutable(), spans.MoveToImmutable(), slots, groupSlots, inName, speakerSlot) { AllCaps = allCaps };
    }

    /// <summary>True when no actor search crosses position <paramref name="i"/>.</summary>
    public bool IsHardStop(int i) => HardStops.Contains(Words[i]);

    /// <summary>The slot starting at or after <paramref name="from"/> within <paramref name="maxSkip"/> words, never across a hard stop (nor a comma when <paramref name="stopAtComma"/>).</summary>
    public ActorSlot? SlotAfter(int from, int maxSkip, bool stopAtComma)
    {
        for (var i = from; i < Length && i <= from + maxSkip; i++)
        {
            if (SlotStartingAt(i) is { } slot)
            {
                return slot;
            }

            if (IsHardStop(i) || (stopAtComma && Words[i] == ","))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The slot ending at or before <paramref name="from"/> within <paramref name="maxSkip"/> words, never across a hard stop.</summary>
    public ActorSlot? SlotBefore(int from, int maxSkip)
    {
        for (var i = from; i >= 0 && i >= from - maxSkip; i--)
        {
            if (SlotEndingAt(i) is { } slot)
            {
                return slot;
            }

            // "Tripoli, which helped stop …": a relative clause's subject is the word before its comma; "the police
            // who fired" (issue 8): the word right before a restrictive relative.
            if (IsHardStop(i))
            {
                return i > 0 && Words[i] is "WHICH" or "WHO" ? (Words[i - 1] == "," ? (i > 1 ? SlotEndingAt(i - 2) : null) : SlotEndingAt(i - 1)) : null;
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

    /// <summary>The slot's compound group, or the slot alone.</summary>
    public ImmutableArray<ActorSlot> Members(ActorSlot slot) => slot.Group >= 0 ? Groups[slot.Group] : [slot];

    // "Russia and Turkey", "Ankara, Moscow and Tehran", "Russia and the US".
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
