using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Text.Syntax;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// Codes events from a sentence's Penn Treebank parse with TABARI/PETRARCH dictionaries (issue 3 points 4 and 6), so
/// that coding can be measured apart from parsing. For each word tagged as a verb that the verb dictionary knows
/// (regular or irregular form, multi-word verbs whole), the block's patterns are tried in file order
/// (<see cref="PatternMatcher"/>); the first match gives the code, else the verb's default code (none for
/// <c>[---]</c>). The source is the actor of the pattern's <c>$</c>, else of the nearest subject noun phrase up the
/// tree (a subject without an actor, such as "it", hands over to the clause above); the target is the actor of the
/// pattern's <c>+</c>, else the first actor after the verb inside its verb phrase. In the passive voice the actor of the
/// <c>by</c> phrase is the source and the subject the target. Compound actors give one event per member pair; a
/// compound source without a target (or at <c>%</c>) gives events among its members; a paired code <c>042:043</c>
/// also gives the reciprocal event with source and target swapped. Negation and hypotheticals are coded as the
/// dictionary says (<c>NOT *</c>, <c>&amp;NEGATVAUXVRB *</c> patterns). A sentence holding a discard phrase gives
/// nothing. Immutable and thread-safe.
/// </summary>
public sealed class TreeEventCoder
{
    private readonly CodingDictionaries _dictionaries;
    private readonly CoderOptions _options;

    /// <summary>Creates a coder.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="dictionaries"/> is null.</exception>
    public TreeEventCoder(CodingDictionaries dictionaries, CoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        _dictionaries = dictionaries;
        _options = options ?? CoderOptions.Default;
    }

    /// <summary>Codes the events of one sentence, without duplicates, in the order found.</summary>
    /// <param name="parse">The sentence's parse.</param>
    /// <param name="date">The article date: it picks dated actor codes (STYLE A10).</param>
    /// <exception cref="ArgumentNullException">When <paramref name="parse"/> is null.</exception>
    public ImmutableArray<CodedEvent> Code(ParseNode parse, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var sentence = CodingSentence.FromParse(parse);
        if (DiscardMatcher.Find(_dictionaries.Discards, sentence.Words) is not null)
        {
            return [];
        }

        var actors = new ActorUnitFinder(sentence, _dictionaries.Actors, _dictionaries.Agents, date, _dictionaries.OpenActors, _dictionaries.OpenAgents);
        var matcher = new PatternMatcher(sentence, actors, _dictionaries.Verbs.Synsets);
        var events = new List<CodedEvent>();
        var codedUntil = -1;
        for (var i = 0; i < sentence.Count; i++)
        {
            var leaf = sentence.Leaves[i];
            if (i < codedUntil || !leaf.Category.StartsWith("VB", StringComparison.Ordinal) || _dictionaries.VerbIndex.Match(sentence.Words, i) is not { } form)
            {
                continue;
            }

            var verbStart = i - form.VerbWordIndex;
            var verbEnd = verbStart + form.Words.Length;
            if (CodeVerb(sentence, actors, matcher, leaf, form, verbStart, verbEnd, events))
            {
                // One event per verb phrase, as TABARI codes one per clause: verbs inside the phrase of a coded verb
                // ("called on Gondor to be allowed to leave Lorien") are its complements, not events of their own.
                codedUntil = leaf.Parent is { Category: "VP" } vp ? vp.End : verbEnd;
            }

            i = Math.Max(i, verbEnd - 1);
        }

        return [.. events.Distinct()];
    }

    /// <returns>True when the verb gave at least one event.</returns>
    private bool CodeVerb(CodingSentence sentence, ActorUnitFinder actors, PatternMatcher matcher, TreeNode verb, VerbForm form, int verbStart, int verbEnd, List<CodedEvent> events)
    {
        var phrase = verb.Parent is { Category: "VP" } vp ? vp : verb;
        var lowerEnd = Math.Max(phrase.End, verbEnd);
        PatternMatch? match = null;
        string? code = null;
        foreach (var pattern in form.Block.Patterns)
        {
            match = matcher.Match(pattern, verbStart, verbEnd, lowerEnd);
            if (match is not null)
            {
                code = pattern.Code;
                break;
            }
        }

        code ??= form.Code;
        if (code is null || code == "---")
        {
            return false;
        }

        if (match?.Compound is { } compound)
        {
            return Emit(compound.Members, compound.Members, code, events);
        }

        var source = match?.Source;
        var target = match?.Target;
        if (source is null && target is null && PassiveVoice.IsPassive(sentence, verb))
        {
            // Passive voice: the subject is the target; the source is the "by" actor, and without one there is no event.
            if (PassiveVoice.ByPhrase(sentence, verb) is not { } by || actors.FirstIn(by.Start, by.End) is not { } agent)
            {
                return false;
            }

            source = actors.UnitOf(agent);
            target = Subject(actors, verb, exclude: source);
        }

        source ??= Subject(actors, verb, exclude: target);
        if (source is null)
        {
            return false;
        }

        target ??= actors.Actors.Where(a => a.Start >= verbEnd && a.End <= lowerEnd && a.Start >= (source.Start >= verbEnd ? source.End : 0))
            .Select(actors.UnitOf).FirstOrDefault(u => u != source);
        if (target is null)
        {
            return source.IsCompound ? Emit(source.Members, source.Members, code, events)
                : !_options.RequireDyad && Emit(source.Members, [ActorCode.Null], code, events);
        }

        return Emit(source.Members, target.Members, code, events);
    }

    /// <summary>The actor of the nearest subject up the tree from the verb; a subject naming no actor (or <paramref name="exclude"/>) hands over to the clause above.</summary>
    private static ActorUnit? Subject(ActorUnitFinder actors, TreeNode verb, ActorUnit? exclude)
    {
        var child = verb;
        for (var node = verb.Parent; node is not null; child = node, node = node.Parent)
        {
            if (!node.IsClause)
            {
                continue;
            }

            var subject = node.Children.TakeWhile(c => c != child).LastOrDefault(c => c.IsNounPhrase);
            if (subject is not null && actors.UnitOf(subject) is { } unit && (exclude is null || unit.Start != exclude.Start))
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>Emits source × target events for a code, and the reciprocal half of a paired code (<c>042:043</c>).</summary>
    private static bool Emit(ImmutableArray<ActorCode> sources, ImmutableArray<ActorCode> targets, string code, List<CodedEvent> events)
    {
        var before = events.Count;
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        var forward = colon < 0 ? code : code[..colon];
        var reverse = colon < 0 ? string.Empty : code[(colon + 1)..];
        foreach (var s in sources)
        {
            foreach (var t in targets)
            {
                if (s == t)
                {
                    continue;
                }

                if (forward.Length > 0 && forward != "---")
                {
                    events.Add(new CodedEvent(s, t, forward));
                }

                if (reverse.Length > 0 && reverse != "---")
                {
                    events.Add(new CodedEvent(t, s, reverse));
                }
            }
        }

        return events.Count > before;
    }
}
