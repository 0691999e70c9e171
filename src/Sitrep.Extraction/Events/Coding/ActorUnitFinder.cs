using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Extraction.Dictionaries.Actors;
using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// Finds the actors of one sentence on one date: actor phrases by longest match over the words (dated codes resolved,
/// STYLE A10), role words (agents) over the words between them, and, for a noun phrase, the actor it names — the first
/// actor of each conjunct (conjuncts are split at <c>CC</c> and at the commas of a coordinated list), with the agents of
/// its conjunct, or of a conjunct without an actor of its own ("the ambassadors of A, B and C"), applied
/// (<see cref="AgentMatch.ApplyTo"/>; suffixes in word order, then prefixes). A possessive needs no rule: in
/// "Dagolath's Prime Minister Telemar" the first actor is <c>DAG</c> and the agent adds <c>GOV</c>. An actor or agent
/// phrase whose file line separates words by a blank (<c>ITHILEN TELEVISION</c>, <c>SECURITY SERVICE</c>) may have other
/// words between them, inside the noun phrase of its first word ("Ithilen state-run television"; PETRARCH2 dictionary
/// format); it is taken when it holds more dictionary words than the phrase of consecutive words found there.
/// </summary>
internal sealed class ActorUnitFinder
{
    private readonly CodingSentence _sentence;
    private readonly ImmutableArray<ActorMatch> _actors;
    private readonly ImmutableArray<AgentMatch> _agents;

    public ActorUnitFinder(
        CodingSentence sentence,
        ActorDictionary actors,
        AgentDictionary agents,
        DateOnly date,
        FrozenDictionary<string, ImmutableArray<OpenPhrase<ActorEntry>>>? openActors = null,
        FrozenDictionary<string, ImmutableArray<OpenPhrase<AgentEntry>>>? openAgents = null)
    {
        _sentence = sentence;
        var words = sentence.Words.AsSpan();
        var actorList = ImmutableArray.CreateBuilder<ActorMatch>();
        var agentList = ImmutableArray.CreateBuilder<AgentMatch>();
        for (var i = 0; i < words.Length;)
        {
            var consecutive = actors.Match(words, i, date) is { Codes.IsDefaultOrEmpty: false } c ? c : null;
            if (MatchOpen(openActors, i, consecutive?.Length ?? 0, e => e.CodeOn(date) is { } code ? code.Codes : null) is { } open)
            {
                actorList.Add(new ActorMatch(i, open.End - i, open.Codes, open.Phrase.Source, open.Phrase.Entry.Line));
                i = open.End;
            }
            else if (consecutive is { } actor)
            {
                actorList.Add(actor);
                i = actor.End;
            }
            else if (agents.Match(words, i) is var agent
                && MatchOpen(openAgents, i, agent?.Length ?? 0, e => e.Phrases.IsEmpty ? null : [ActorCode.Parse(e.Code)]) is { } openAgent)
            {
                agentList.Add(new AgentMatch(i, openAgent.End - i, openAgent.Codes[0], openAgent.Phrase.Entry.IsPrefix));
                i = openAgent.End;
            }
            else if (agent is not null)
            {
                agentList.Add(agent);
                i = agent.End;
            }
            else
            {
                i++;
            }
        }

        _actors = actorList.ToImmutable();
        _agents = agentList.ToImmutable();
    }

    /// <summary>
    /// The open phrase (<see cref="OpenPhrase{TEntry}"/>) with the most words, more than <paramref name="atLeast"/>,
    /// starting at word <paramref name="start"/> and having codes: each word after a blank may come after any words,
    /// after a <c>_</c> right after its neighbour, and every word lies inside the lowest noun phrase holding word
    /// <paramref name="start"/>. Null when none matches.
    /// </summary>
    private (OpenPhrase<TEntry> Phrase, int End, ImmutableArray<ActorCode> Codes)? MatchOpen<TEntry>(
        FrozenDictionary<string, ImmutableArray<OpenPhrase<TEntry>>>? open, int start, int atLeast, Func<TEntry, ImmutableArray<ActorCode>?> codesOf)
    {
        if (open is null || open.Count == 0 || !open.TryGetValue(PhraseWords.Fold(_sentence.Words[start]), out var candidates))
        {
            return null;
        }

        var phrase = _sentence.Leaves[start].Parent;
        while (phrase is { IsNounPhrase: false })
        {
            phrase = phrase.IsClause || phrase.Category == "VP" ? null : phrase.Parent;
        }

        var limit = phrase?.End ?? start + 1;
        (OpenPhrase<TEntry> Phrase, int End, ImmutableArray<ActorCode> Codes)? best = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Words.Length <= atLeast || codesOf(candidate.Entry) is not { IsDefaultOrEmpty: false } codes)
            {
                continue;
            }

            var last = start;
            for (var k = 1; k < candidate.Words.Length && last >= 0; k++)
            {
                var from = last + 1;
                var to = candidate.Phrase.IsOpenAfter(k - 1) ? limit : Math.Min(limit, from + 1);
                last = -1;
                for (var j = from; j < to; j++)
                {
                    var word = PhraseWords.Fold(_sentence.Words[j]);
                    if (word == candidate.Words[k] || (k == candidate.Words.Length - 1 && !candidate.Phrase.ExactLast && word.StartsWith(candidate.Words[k], StringComparison.Ordinal)))
                    {
                        last = j;
                        break;
                    }
                }
            }

            if (last >= 0)
            {
                best = (candidate, last + 1, codes);
                atLeast = candidate.Words.Length;
            }
        }

        return best;
    }

    /// <summary>Actor phrases of the sentence, left to right.</summary>
    public ImmutableArray<ActorMatch> Actors => _actors;

    /// <summary>The actor phrase starting at word <paramref name="start"/>, or null.</summary>
    public ActorMatch? StartingAt(int start) => _actors.FirstOrDefault(a => a.Start == start);

    /// <summary>The actor phrase ending just before word <paramref name="end"/>, or null.</summary>
    public ActorMatch? EndingAt(int end) => _actors.FirstOrDefault(a => a.End == end);

    /// <summary>The first actor phrase inside [<paramref name="from"/>, <paramref name="to"/>), or null.</summary>
    public ActorMatch? FirstIn(int from, int to) => _actors.FirstOrDefault(a => a.Start >= from && a.End <= to);

    /// <summary>
    /// The unit an actor phrase belongs to: the noun phrase around it, widened through coordinations and through
    /// <c>NP → PP → NP</c> attachments (the agent in "the human rights activists of Gonzo GMO"), never past a clause or
    /// verb phrase; actors before <paramref name="match"/> in that phrase are ignored.
    /// </summary>
    public ActorUnit UnitOf(ActorMatch match)
    {
        var node = _sentence.Leaves[match.Start];
        while (node.Parent is { } parent && !(node.IsNounPhrase && node.End >= match.End))
        {
            node = parent;
        }

        while (node.Parent is { } p && (p.IsNounPhrase || (p.Category == "PP" && p.Parent is { IsNounPhrase: true })))
        {
            node = p.IsNounPhrase ? p : p.Parent!;
        }

        return Analyze(node, match.Start) ?? new ActorUnit(match.Start, match.End, match.Codes);
    }

    /// <summary>The actor a noun phrase names, or null when it names none.</summary>
    public ActorUnit? UnitOf(TreeNode nounPhrase) => Analyze(nounPhrase, nounPhrase.Start);

    private ActorUnit? Analyze(TreeNode phrase, int minStart)
    {
        var included = new bool[_sentence.Count];
        var separatorBefore = new int[_sentence.Count + 1];
        Mark(phrase, included);
        var segment = 0;
        for (var i = phrase.Start; i < phrase.End; i++)
        {
            separatorBefore[i] = segment;
            if (included[i] && IsSeparator(_sentence.Leaves[i]))
            {
                segment++;
            }
        }

        var members = new List<(int Segment, ActorMatch Actor)>();
        foreach (var actor in _actors)
        {
            if (actor.Start >= minStart && actor.End <= phrase.End && included[actor.Start]
                && !members.Exists(m => m.Segment == separatorBefore[actor.Start]))
            {
                members.Add((separatorBefore[actor.Start], actor));
            }
        }

        if (members.Count == 0)
        {
            return null;
        }

        var codes = ImmutableArray.CreateBuilder<ActorCode>();
        foreach (var (seg, actor) in members)
        {
            // An agent belongs to its conjunct's actor; one in a conjunct without an actor, or before the first actor
            // ("the ambassadors of Arnor, Osgiliath and Gondor"), is shared by all conjuncts.
            var agents = _agents.Where(a => a.Start >= phrase.Start && a.End <= phrase.End && included[a.Start]
                && (separatorBefore[a.Start] == seg || a.End <= members[0].Actor.Start || !members.Exists(m => m.Segment == separatorBefore[a.Start]))).ToList();
            foreach (var code in actor.Codes)
            {
                codes.Add(Apply(code, agents));
            }
        }

        return new ActorUnit(members[0].Actor.Start, members[^1].Actor.End, codes.ToImmutable());
    }

    private static ActorCode Apply(ActorCode code, List<AgentMatch> agents)
    {
        foreach (var agent in agents.Where(a => !a.IsPrefix))
        {
            code = agent.ApplyTo(code);
        }

        foreach (var agent in agents.Where(a => a.IsPrefix))
        {
            code = agent.ApplyTo(code);
        }

        return code;
    }

    /// <summary>Marks the words of a phrase, leaving out embedded clauses and verb phrases (they name actors of their own).</summary>
    private static void Mark(TreeNode node, bool[] included)
    {
        if (node.IsWord)
        {
            included[node.Start] = true;
            return;
        }

        foreach (var child in node.Children)
        {
            if (!child.IsClause && child.Category != "VP")
            {
                Mark(child, included);
            }
        }
    }

    /// <summary>A conjunction inside a noun phrase, or a comma of a coordinated list ("A, B and C").</summary>
    private static bool IsSeparator(TreeNode leaf) =>
        leaf.Parent is { } parent && (parent.IsNounPhrase || parent.Category == "UCP")
        && (leaf.Category == "CC" || (leaf.Category == "," && parent.Children.Any(c => c.Category == "CC")));
}
