using System.Collections.Immutable;
using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Fits TABARI-style verb patterns (<c>- $ * &amp;WEAPON TO + [072]</c>) to a sentence's words around a trigger, in the
/// TABARI tradition of shallow matching: elements after <c>*</c> are sought left to right after the trigger, elements
/// before it right to left before it; an element joined by <c>_</c> must be adjacent, others may skip up to
/// <see cref="MaxSkip"/> words but never a hard stop (a new clause or a quotation mark).
/// </summary>
internal static class ShallowPatternMatcher
{
    /// <summary>Most words skipped before a pattern element.</summary>
    public const int MaxSkip = 6;

    /// <summary>Most words skipped before an actor marker after the trigger.</summary>
    public const int MaxActorSkip = 10;

    /// <summary>Most words skipped before an actor marker that directly follows the trigger (its object).</summary>
    public const int MaxObjectSkip = 4;

    public static PatternFit? Fit(SentenceFrame frame, EventDictionary dictionary, VerbPattern pattern, int triggerFirst, int triggerLast, int subjectWindow)
    {
        var shape = dictionary.ShapeOf(pattern);
        if (!shape.HasTrigger)
        {
            return null;
        }

        // Issue 8 point 5: a country word modifying or owning an unknown noun stands for its actor in force, coercion and
        // violence ("Iraqi planes raided", "Haftar's forces surrendered"), not in cooperation, talk or protest
        // ("Japanese crushers bought", "Gondor's markets rallied").
        var state = new FitState(triggerFirst, triggerLast) { Nominal = TriggerContext.IsNominal(frame, triggerFirst), AllowAttributive = PairedCode.TryParse(pattern.Code, out var code) && (code.Forward ?? code.Reverse) is { RootNumber: >= 15 } };
        return Forward(frame, dictionary, shape.After, 0, triggerLast + 1, state)
            && Backward(frame, dictionary, shape.Before, shape.Before.Length - 1, triggerFirst - 1, shape.TriggerJoined, subjectWindow, state)
            ? new PatternFit(pattern, [.. state.Source], [.. state.Target], [.. state.Compound], state.First, state.Last, state.Score, [.. state.Words])
            : null;
    }

    // Elements after the trigger, left to right, trying every allowed position (backtracking).
    private static bool Forward(SentenceFrame frame, EventDictionary dictionary, PatternElement[] elements, int k, int from, FitState state)
    {
        if (k == elements.Length)
        {
            return true;
        }

        var e = elements[k];
        // An actor right after the trigger is its object: only a determiner and a few modifiers stand between.
        var maxSkip = e.Joined ? 0 : IsActor(e.Kind) ? (k == 0 ? MaxObjectSkip : MaxActorSkip) : MaxSkip;
        for (var i = from; i < frame.Length && i <= from + maxSkip; i++)
        {
            var mark = state.Mark();
            if (TryAt(frame, dictionary, e, i, forward: true, adjacent: i == from, state, out var end, phraseGoesOn: k + 1 < elements.Length && elements[k + 1].Joined) && Forward(frame, dictionary, elements, k + 1, end + 1, state))
            {
                return true;
            }

            state.Reset(mark);
            // Issue 8 point 5: an actor sought after the trigger is in its clause: not past a comma ("… meeting with the
            // Pope, and speaking to the United States Congress"), unless the name stands right after it in apposition
            // ("for the defense of the capital, Tripoli").
            if (frame.IsHardStop(i) || (IsActor(e.Kind) && frame.Words[i] == "," && !IsApposition(frame, i)))
            {
                return false;
            }
        }

        return false;
    }

    // ", Tripoli," / ", Tripoli." / ", Tripoli, which": a name closed right after the comma renames the noun before it.
    private static bool IsApposition(SentenceFrame frame, int comma) =>
        frame.SlotStartingAt(comma + 1) is { } slot && (slot.Last + 1 >= frame.Length || frame.Words[slot.Last + 1] is "," or "." or ";" or ")" or "WHICH" or "WHO");

    // Words a noun trigger's own actor never lies beyond, looking back ("reporters after talks with …").
    private static readonly System.Collections.Frozen.FrozenSet<string> Prepositions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["AFTER", "BEFORE", "DURING", "SINCE", "WITH", "TO", "IN", "ON", "AT", "FOR", "FROM", "OF", "INTO", "ABOUT", "OVER", "AMID", "UNDER", "AGAINST", "BETWEEN", "AMONG", "WITHOUT"],
        StringComparer.Ordinal);

    // Elements before the trigger, right to left; element k touches element k + 1 when k + 1 is joined (_).
    private static bool Backward(SentenceFrame frame, EventDictionary dictionary, PatternElement[] elements, int k, int from, bool triggerJoined, int subjectWindow, FitState state)
    {
        if (k < 0)
        {
            return true;
        }

        var e = elements[k];
        var joined = k + 1 < elements.Length ? elements[k + 1].Joined : triggerJoined;
        var maxSkip = joined ? 0 : IsActor(e.Kind) ? subjectWindow : MaxSkip;
        var floor = from - maxSkip;
        for (var i = from; i >= 0 && i >= floor; i--)
        {
            // ipe-any: "322 tear-gas shells, including 214 long-range and 86 short-range, were lobbed": a parenthesis
            // opened by ", including" stands between a noun and its verb; its words do not count towards the skip. Only
            // for a pattern's own words: an actor inside the parenthesis is one the compound rules read.
            if (!joined && !IsActor(e.Kind) && frame.Words[i] == "," && OpeningOfInclusion(frame, i) is { } open)
            {
                floor -= i - open;
                i = open;
                continue;
            }

            var mark = state.Mark();
            if (TryAt(frame, dictionary, e, i, forward: false, adjacent: i == from, state, out var start, phraseGoesOn: joined) && Backward(frame, dictionary, elements, k - 1, start - 1, triggerJoined, subjectWindow, state))
            {
                return true;
            }

            state.Reset(mark);
            if (frame.IsHardStop(i) || (state.Nominal && IsActor(e.Kind) && Prepositions.Contains(frame.Words[i])))
            {
                // Issue 8: "a police team, which rushed to the spot", "the policemen who fired": a relative pronoun
                // stands for its antecedent, the verb's subject.
                return e.Kind == PatternElementKind.Source && frame.Words[i] is "WHO" or "WHICH" && i > 0
                    && TryAntecedent(frame, dictionary, elements, k, frame.Words[i - 1] == "," ? i - 2 : i - 1, triggerJoined, subjectWindow, state);
            }
        }

        return false;
    }

    /// <summary>Most words of an ", including …," parenthesis passed over as one.</summary>
    public const int MaxInclusion = 12;

    // The comma opening ", including …," when the comma at close ends it: within MaxInclusion words, no hard stop and no
    // other comma between.
    private static int? OpeningOfInclusion(SentenceFrame frame, int close)
    {
        for (var j = close - 1; j >= 1 && j >= close - MaxInclusion; j--)
        {
            if (frame.IsHardStop(j) || frame.Words[j] == ",")
            {
                return null;
            }

            if (frame.Words[j] == "INCLUDING" && frame.Words[j - 1] == ",")
            {
                return j == close - 1 ? null : j - 1;
            }
        }

        return null;
    }

    private static bool TryAntecedent(SentenceFrame frame, EventDictionary dictionary, PatternElement[] elements, int k, int at, bool triggerJoined, int subjectWindow, FitState state)
    {
        var mark = state.Mark();
        if (at >= 0 && TryAt(frame, dictionary, elements[k], at, forward: false, adjacent: true, state, out var start)
            && Backward(frame, dictionary, elements, k - 1, start - 1, triggerJoined, subjectWindow, state))
        {
            return true;
        }

        state.Reset(mark);
        return false;
    }

    private static bool IsActor(PatternElementKind kind) => kind is PatternElementKind.Source or PatternElementKind.Target or PatternElementKind.Compound;

    private static bool IsIgnored(PatternElementKind kind) =>
        kind is PatternElementKind.Skip or PatternElementKind.OpenPreposition or PatternElementKind.ClosePreposition
            or PatternElementKind.OpenNoun or PatternElementKind.CloseNoun or PatternElementKind.Verb;

    // Tries element e with its near edge at word i; returns its far edge (end when forward, start when backward).
    // adjacent: i touches the element before it (forward) or after it (backward), with no word skipped.
    private static bool TryAt(SentenceFrame frame, EventDictionary dictionary, PatternElement e, int i, bool forward, bool adjacent, FitState state, out int edge, bool phraseGoesOn = false)
    {
        edge = -1;
        switch (e.Kind)
        {
            case PatternElementKind.Word:
                // Issue 8 point 5: the preposition "to" of a pattern is not an infinitive's "to" ("enabling airlines to begin …"),
                // unless the pattern's phrase goes on with its own words ("sent to jail", "refused to comment").
                if (frame.Words[i] == e.Text && !(e.Text == "TO" && !phraseGoesOn && i + 1 < frame.Length && ClauseContext.IsInfinitive(frame, i)) && !ClauseContext.IsDate(frame, i))
                {
                    edge = i;
                    state.Use(i, i, 1);
                    state.Words.Add(i);
                    return true;
                }

                return false;
            case PatternElementKind.Synset:
                foreach (var member in dictionary.SynsetMembers(e.Text))
                {
                    var start = forward ? i : i - member.Length + 1;
                    if (start < 0 || start + member.Length > frame.Length)
                    {
                        continue;
                    }

                    var ok = true;
                    for (var w = 0; w < member.Length && ok; w++)
                    {
                        ok = frame.Words[start + w] == member[w];
                    }

                    if (ok)
                    {
                        edge = forward ? start + member.Length - 1 : start;
                        state.Use(start, start + member.Length - 1, 1);
                        for (var w = 0; w < member.Length; w++)
                        {
                            state.Words.Add(start + w);
                        }

                        return true;
                    }
                }

                return false;
            case PatternElementKind.Source or PatternElementKind.Target or PatternElementKind.Compound:
                var slot = forward ? frame.SlotStartingAt(i) : frame.SlotEndingAt(i);
                if (slot is null || !Plays(frame, e.Kind, slot, adjacent, state.AllowAttributive, state.Trigger))
                {
                    return false;
                }

                var members = frame.Members(slot);
                if (e.Kind == PatternElementKind.Compound && members.Length < 2)
                {
                    return false;
                }

                var first = members[0].First;
                var last = members[^1].Last;
                edge = forward ? last : first;
                (e.Kind switch
                {
                    PatternElementKind.Source => state.Source,
                    PatternElementKind.Target => state.Target,
                    _ => state.Compound,
                }).AddRange(members);
                state.Use(first, last, 0.5);
                return true;
            default:
                return false;
        }
    }

    // Issue 8 point 5: a marker takes an actor of the trigger's clause that can play its part. A place after "in" or
    // "at" is no actor unless the pattern names the preposition; a country word modifying another noun ("Japanese
    // crushers") or the one told is no source unless the pattern puts it right against its words ("$ MILITARY_*").
    private static bool Plays(SentenceFrame frame, PatternElementKind kind, ActorSlot slot, bool adjacent, bool allowAttributive, int trigger)
    {
        if (!frame.SharesClause(slot, trigger))
        {
            return false;
        }

        if (slot.Locative && !adjacent)
        {
            return false;
        }

        // A country word modifying a noun is the target only right after its pattern word or in force and violence
        // ("withdrew from Syrian territory", "attacked Iranian platforms"; not "retreated from a goal of ousting Syrian …").
        if (kind == PatternElementKind.Target)
        {
            return !(slot.Attributive && !adjacent && !allowAttributive);
        }

        return !(slot.Addressee || slot.Hyphenated || slot.Oblique || ((slot.Possessor || slot.Attributive) && !adjacent && !allowAttributive));
    }

    private sealed class FitState(int first, int last)
    {
        public int Trigger { get; } = first;

        public bool AllowAttributive { get; init; }

        public bool Nominal { get; init; }

        public List<int> Words { get; } = [];

        public List<ActorSlot> Source { get; } = [];

        public List<ActorSlot> Target { get; } = [];

        public List<ActorSlot> Compound { get; } = [];

        public int First { get; private set; } = first;

        public int Last { get; private set; } = last;

        public double Score { get; private set; }

        public (int, int, int, int, int, int, double) Mark() => (Source.Count, Target.Count, Compound.Count, Words.Count, First, Last, Score);

        public void Reset((int Source, int Target, int Compound, int Words, int First, int Last, double Score) mark)
        {
            Source.RemoveRange(mark.Source, Source.Count - mark.Source);
            Target.RemoveRange(mark.Target, Target.Count - mark.Target);
            Compound.RemoveRange(mark.Compound, Compound.Count - mark.Compound);
            Words.RemoveRange(mark.Words, Words.Count - mark.Words);
            First = mark.First;
            Last = mark.Last;
            Score = mark.Score;
        }

        public void Use(int from, int to, double score)
        {
            First = Math.Min(First, from);
            Last = Math.Max(Last, to);
            Score += score;
        }
    }
}
