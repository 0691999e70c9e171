using System.Collections.Immutable;
using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// Matches a TABARI/PETRARCH-1 verb pattern around a verb (issue 3 point 3). Elements before <c>*</c> (the upper match)
/// are sought backwards from the verb to the start of the sentence, elements after it (the lower match) forwards to the
/// end of the verb phrase. An element joined by <c>_</c> must stand next to its neighbour; after a space any words may
/// come between. Words match whole words; <c>&amp;SYNSET</c> matches any member (members may be phrases or other
/// synsets, and regular plurals of members not ending in <c>_</c>); <c>$</c>, <c>+</c> and <c>^</c> take an actor phrase (source, target, skipped) and <c>%</c> a compound one.
/// Matching backtracks, so the nearest consistent match is found.
/// </summary>
internal sealed class PatternMatcher
{
    /// <summary>Deepest synset nesting followed.</summary>
    public const int MaxSynsetDepth = 8;

    private readonly CodingSentence _sentence;
    private readonly ActorUnitFinder _actors;
    private readonly ImmutableDictionary<string, Synset> _synsets;

    public PatternMatcher(CodingSentence sentence, ActorUnitFinder actors, ImmutableDictionary<string, Synset> synsets)
    {
        _sentence = sentence;
        _actors = actors;
        _synsets = synsets;
    }

    /// <summary>Matches <paramref name="pattern"/> around the verb at [<paramref name="verbStart"/>, <paramref name="verbEnd"/>); the lower match ends at <paramref name="lowerEnd"/>.</summary>
    public PatternMatch? Match(VerbPattern pattern, int verbStart, int verbEnd, int lowerEnd)
    {
        var elements = pattern.Elements.Where(e => e.Kind is not (PatternElementKind.OpenPreposition or PatternElementKind.ClosePreposition
            or PatternElementKind.OpenNoun or PatternElementKind.CloseNoun)).ToArray();
        var star = Array.FindIndex(elements, e => e.Kind == PatternElementKind.Verb);
        if (star < 0)
        {
            return null;
        }

        var state = new State();
        var upper = elements[..star];
        var lower = elements[(star + 1)..];
        var upperOk = MatchUpper(upper, upper.Length - 1, verbStart - 1, elements[star].Joined, state);
        if (!upperOk)
        {
            return null;
        }

        var upperState = state.Copy();
        var lowerState = new State();
        if (!MatchLower(lower, 0, verbEnd, lowerEnd, lowerState))
        {
            return null;
        }

        return new PatternMatch(
            upperState.Source ?? lowerState.Source,
            upperState.Target ?? lowerState.Target,
            upperState.Compound ?? lowerState.Compound,
            upperState.Target is not null);
    }

    /// <summary>Matches upper elements [0..index] ending at or before word <paramref name="pos"/>; <paramref name="adjacent"/> pins the last one to <paramref name="pos"/>.</summary>
    private bool MatchUpper(PatternElement[] elements, int index, int pos, bool adjacent, State state)
    {
        if (index < 0)
        {
            return true;
        }

        var element = elements[index];
        for (var end = pos; end >= 0; end--)
        {
            foreach (var start in StartsEndingAt(element, end))
            {
                var saved = state.Copy();
                if (Take(element, start, end + 1, state) && MatchUpper(elements, index - 1, start - 1, element.Joined, state))
                {
                    return true;
                }

                state.Restore(saved);
            }

            if (adjacent)
            {
                break;
            }
        }

        return false;
    }

    private bool MatchLower(PatternElement[] elements, int index, int pos, int lowerEnd, State state)
    {
        if (index == elements.Length)
        {
            return true;
        }

        var element = elements[index];
        for (var start = pos; start < lowerEnd; start++)
        {
            foreach (var end in EndsStartingAt(element, start, lowerEnd))
            {
                var saved = state.Copy();
                if (Take(element, start, end, state) && MatchLower(elements, index + 1, end, lowerEnd, state))
                {
                    return true;
                }

                state.Restore(saved);
            }

            if (element.Joined)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Records what an actor marker took; false when the actor does not suit the marker.</summary>
    private bool Take(PatternElement element, int start, int end, State state)
    {
        if (element.Kind is PatternElementKind.Word or PatternElementKind.Synset or PatternElementKind.Skip)
        {
            return true;
        }

        var actor = _actors.StartingAt(start);
        if (actor is null)
        {
            return false;
        }

        var unit = _actors.UnitOf(actor);
        switch (element.Kind)
        {
            case PatternElementKind.Source:
                state.Source = unit;
                return true;
            case PatternElementKind.Target:
                state.Target = unit;
                return true;
            case PatternElementKind.Compound:
                state.Compound = unit;
                return unit.IsCompound;
            default:
                return true;
        }
    }

    /// <summary>Ends (exclusive) of the element's matches starting at word <paramref name="start"/>.</summary>
    private IEnumerable<int> EndsStartingAt(PatternElement element, int start, int limit)
    {
        switch (element.Kind)
        {
            case PatternElementKind.Word:
                if (_sentence.Words[start] == element.Text)
                {
                    yield return start + 1;
                }

                break;
            case PatternElementKind.Synset:
                foreach (var words in Members(element.Text, 0))
                {
                    if (start + words.Length <= limit && Enumerable.Range(0, words.Length).All(i => _sentence.Words[start + i] == words[i]))
                    {
                        yield return start + words.Length;
                    }
                }

                break;
            default:
                if (_actors.StartingAt(start) is { } actor && actor.End <= limit)
                {
                    yield return element.Kind == PatternElementKind.Compound ? Math.Max(actor.End, _actors.UnitOf(actor).End) : actor.End;
                }

                break;
        }
    }

    /// <summary>Starts of the element's matches ending at word <paramref name="end"/> (inclusive).</summary>
    private IEnumerable<int> StartsEndingAt(PatternElement element, int end)
    {
        switch (element.Kind)
        {
            case PatternElementKind.Word:
                if (_sentence.Words[end] == element.Text)
                {
                    yield return end;
                }

                break;
            case PatternElementKind.Synset:
                foreach (var words in Members(element.Text, 0))
                {
                    var start = end - words.Length + 1;
                    if (start >= 0 && Enumerable.Range(0, words.Length).All(i => _sentence.Words[start + i] == words[i]))
                    {
                        yield return start;
                    }
                }

                break;
            default:
                if (_actors.EndingAt(end + 1) is { } actor)
                {
                    yield return element.Kind == PatternElementKind.Compound ? _actors.UnitOf(actor).Start : actor.Start;
                }

                break;
        }
    }

    /// <summary>The word sequences a synset stands for, nested synsets expanded.</summary>
    private IEnumerable<ImmutableArray<string>> Members(string name, int depth)
    {
        if (depth > MaxSynsetDepth || !_synsets.TryGetValue(name, out var synset))
        {
            yield break;
        }

        foreach (var member in synset.Members)
        {
            if (member.Words.Length == 1 && member.Words[0].StartsWith('&'))
            {
                foreach (var nested in Members(member.Words[0], depth + 1))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return member.Words;

                // PETRARCH generates the regular plural of a synset member unless the member or the label ends in _
                // (PETRARCH2 docs/source/dictionaries.rst, "Synsets"): &CURRENCY's PESO also matches PESOS.
                if (!synset.NoPlurals && !member.ExactLast)
                {
                    yield return member.Words.SetItem(member.Words.Length - 1, RegularPlural.Of(member.Words[^1]));
                }
            }
        }
    }

    private sealed class State
    {
        public ActorUnit? Source { get; set; }

        public ActorUnit? Target { get; set; }

        public ActorUnit? Compound { get; set; }

        public State Copy() => new() { Source = Source, Target = Target, Compound = Compound };

        public void Restore(State other)
        {
            Source = other.Source;
            Target = other.Target;
            Compound = other.Compound;
        }
    }
}
