using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Events.Acled;
using Sitrep.Extraction.Events.Documents;

namespace Sitrep.Extraction.Actors.Generic;

/// <summary>
/// Finds unnamed and generic actors (issue 8 point 1): "police", "unidentified armed men", "Hindu and Muslim mobs",
/// "Turkish-backed rebels", "Indian police". A head phrase from <see cref="GenericActorLexicon"/> that no coded named
/// entity covers, its modifiers to the left (nearest first), and a country or nationality right before the phrase.
/// Works on any letter case. The country of an agent-only code ("police" → <c>COP</c>) is not guessed here: the event
/// coder gives it the country of the event's place, as ACLED does.
/// </summary>
public sealed class GenericActorFinder(GenericActorLexicon lexicon) : IStage
{
    private readonly WordCache _words = new();

    // Determiners, quantifiers and numbers that may stand between modifiers and never end a phrase's modifiers.
    private static readonly FrozenSet<string> Quantifiers = FrozenSet.ToFrozenSet(
        ["THE", "A", "AN", "SOME", "FEW", "MORE", "THAN", "AT", "LEAST", "ABOUT", "AROUND", "NEARLY", "ALMOST", "OVER", "UNDER", "OF", "ALL", "BOTH",
         "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN", "TWELVE", "FIFTEEN", "TWENTY", "THIRTY", "FORTY", "FIFTY",
         "HUNDRED", "HUNDREDS", "THOUSAND", "THOUSANDS", "DOZEN", "DOZENS", "SCORES", "THEIR", "ITS", "HIS", "HER", "THESE", "THOSE", "OTHER", "AND", ","],
        StringComparer.Ordinal);

    // Issue 8 (ipe-any3): "the naroda police station filed firs", "all police stations have been put on high alert": a
    // station that is the subject of an act or of a perfect stands for the force posted there; "police station areas",
    // "at the police station" and "the police station was set on fire" keep it a place (the after-word rule).
    private static bool IsActingPost(string[] words, int k) =>
        k + 1 < words.Length && words[k] is "STATION" or "STATIONS" && PostActs.Contains(words[k + 1]);

    // The words after "station(s)" that make it the subject of an act (IsActingPost).
    private static readonly FrozenSet<string> PostActs = FrozenSet.ToFrozenSet(
        ["HAS", "HAVE", "HAD", "FILED", "REGISTERED", "LODGED", "BOOKED", "ARRESTED", "DETAINED", "SAID", "SAYS", "REFUSED", "DENIED"], StringComparer.Ordinal);

    // The joint nouns of data/actors/generic.txt that are also verbs of a force's act (IsVerbBeforeItsObject).
    private static readonly FrozenSet<string> VerbJoints = FrozenSet.ToFrozenSet(["PATROL", "PATROLS", "FORCE", "FORCES"], StringComparer.Ordinal);

    // Words that open a noun phrase: after a joint noun they make it a verb with its object (IsVerbBeforeItsObject).
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["THE", "A", "AN", "THEIR", "ITS", "HIS", "HER", "THESE", "THOSE", "THIS"], StringComparer.Ordinal);

    // Words after a noun head that show it is a noun: verbs of saying and auxiliaries, prepositions, relatives.
    private static readonly FrozenSet<string> NounFollowers = FrozenSet.ToFrozenSet(
        ["SAID", "SAYS", "SAY", "TOLD", "CLAIMED", "IS", "WAS", "ARE", "WERE", "HAS", "HAVE", "HAD", "WILL", "WOULD", "COULD", "CAN", "MAY", "MIGHT",
         "SHOULD", "MUST", "DID", "DOES", "ALSO", "THEN", "IN", "ON", "AT", "BY", "TO", "FROM", "WITH", "FOR", "INTO", "NEAR", "AFTER", "BEFORE",
         "WHO", "WHICH", "THAT", "WHOSE", "OR", "BUT", "'S", "KILLED", "FIRED", "OPENED", "STORMED", "SEIZED", "LAUNCHED", "ATTACKS", "ATTACK",
         "KILL", "KILLS", "FIGHT", "FIGHTS", "CLASH", "CLASHES", "TOOK", "TAKE", "TAKES", "SHOT", "SHOOT", "HIT", "HITS", "STRUCK", "BEAT", "LEFT",
         "HELD", "LED", "MET", "SENT", "CAME", "WENT", "GOT", "PUT", "SET", "MADE", "FLED", "KEPT", "RAN", "BEGAN"],
        StringComparer.Ordinal);

    // "Turkish-backed", "pro-Haftar", "anti-government", "US-led": a link to another actor, never the phrase's country.
    private static readonly string[] LinkSuffixes = ["-BACKED", "-LED", "-ALLIED", "-ALIGNED", "-SUPPORTED", "-SPONSORED", "-TRAINED", "-ARMED", "-FUNDED", "-LINKED", "-AFFILIATED", "-INSPIRED", "-CONTROLLED", "-HELD"];

    /// <inheritdoc />
    public string Name => "generic-actor-finder.v1";

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Requires { get; } = [LayerKind.Tokens, LayerKind.Sentences, LayerKind.Entities, LayerKind.Actors];

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Produces { get; } = [LayerKind.GenericActors];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { GenericActors = Find(document, cancellationToken) };
    }

    /// <summary>Every generic actor of the document, ordered by start (pure: STYLE A5).</summary>
    public ImmutableArray<GenericActor> Find(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var codes = new Dictionary<int, ActorCode>();
        foreach (var a in document.Actors)
        {
            codes[a.EntityId] = a.Code;
        }

        var result = ImmutableArray.CreateBuilder<GenericActor>();
        var m = 0;
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = sentence.TokenCount;
            if (n == 0)
            {
                continue;
            }

            var words = new string[n];
            for (var k = 0; k < n; k++)
            {
                var span = document.Tokens[sentence.FirstToken + k].Span;
                words[k] = _words.Normalize(document.Text.AsSpan(span.Start, span.Length));
            }

            // Tokens inside a coded named entity are that entity's; a country or nationality names the phrase's country.
            var blocked = new bool[n];
            var country = new (string Code, int First)?[n];
            var named = new (string Code, int First, string Name)?[n];
            while (m < document.Mentions.Length && document.Mentions[m].Span.End <= sentence.Span.Start)
            {
                m++;
            }

            for (var k = m; k < document.Mentions.Length && document.Mentions[k].Span.Start < sentence.Span.End; k++)
            {
                var mention = document.Mentions[k];
                if (mention.Kind == MentionKind.Pronoun || !codes.TryGetValue(mention.EntityId, out var code) || code.IsNull)
                {
                    continue;
                }

                var (first, last) = TokenRange(document, sentence, mention.Span);
                if (first < 0)
                {
                    continue;
                }

                var type = document.Entities[mention.EntityId].Type;
                if (code.Value.Length == 3 && type is EntityType.Nationality or EntityType.Place)
                {
                    country[last] = (code.Value, first);
                }
                else
                {
                    for (var t = first; t <= last; t++)
                    {
                        blocked[t] = true;
                    }

                    named[last] = (code.Value, first, document.Entities[mention.EntityId].Name);
                }
            }

            FindInSentence(document, sentence, words, blocked, country, named, result);
        }

        return result.ToImmutable();
    }

    private void FindInSentence(Document document, Sentence sentence, string[] words, bool[] blocked, (string Code, int First)?[] country, (string Code, int First, string Name)?[] named, ImmutableArray<GenericActor>.Builder result)
    {
        var n = words.Length;
        var i = 0;
        while (i < n)
        {
            if (MatchHead(words, blocked, i) is not { } head)
            {
                i++;
                continue;
            }

            var end = i + head.Words - 1;
            var headEnd = end;
            var post = IsActingPost(words, end + 1);
            if (end + 1 < n && !post && (lexicon.StopsAfter(words[end + 1]) || IsHyphenatedCompound(words[end + 1])
                || (lexicon.IsAdjectival(head.Words == 1 ? words[i] : string.Join(' ', words, i, head.Words)) && !lexicon.JoinsAfter(words[end + 1]) && ModifiesNext(words[end + 1]))))
            {
                i = end + 1;
                continue;
            }

            if (post)
            {
                end++;
            }

            while (end + 1 < n && end - i < 4 && !blocked[end + 1] && lexicon.JoinsAfter(words[end + 1]) && !IsVerbBeforeItsObject(words, end + 1))
            {
                end++;
            }

            var (start, actor) = Modify(words, i, head);
            if (start > 0 && country[start - 1] is { } c)
            {
                actor = actor with { Country = c.Code, Rule = actor.Rule + $"; country: '{words[start - 1]}'" };
                start = c.First;
            }
            else if (start > 0 && named[start - 1] is { } g && g.Code.Length > 3)
            {
                // "suspected Boko Haram fighters", "Taliban insurgents": the group's members are the group.
                var groupCode = ActorCode.Parse(g.Code);
                actor = actor with { Group = groupCode, Name = g.Name, Category = AcledActorTypes.OfCode(groupCode), Rule = actor.Rule + $"; group: '{words[start - 1]}' {g.Code}" };
                start = g.First;
                while (start > 0 && lexicon.Modifiers(words[start - 1]) is { IsEmpty: false })
                {
                    start--;
                }
            }

            if (head.Bound && start == i && actor.Country is null && actor.Group is null)
            {
                // "market forces", "the units": a bound head needs a country, a group or a modifier before it.
                i = end + 1;
                continue;
            }

            var first = document.Tokens[sentence.FirstToken + start].Span;
            var headFirst = document.Tokens[sentence.FirstToken + i].Span;
            var last = document.Tokens[sentence.FirstToken + end].Span;
            var headLast = document.Tokens[sentence.FirstToken + headEnd].Span;
            var code = actor.Group ?? ActorCode.Parse((actor.Country ?? string.Empty) + actor.Agent);
            result.Add(new GenericActor(new TextSpan(first.Start, last.End), new TextSpan(headFirst.Start, headLast.End), code, actor.Category, actor.Name, actor.Country, actor.Rule));
            i = end + 1;
        }
    }

    private GenericHead? MatchHead(string[] words, bool[] blocked, int i)
    {
        for (var length = Math.Min(GenericActorLexicon.MaxHeadWords, words.Length - i); length >= 1; length--)
        {
            var clear = true;
            for (var t = i; t < i + length && clear; t++)
            {
                clear = !blocked[t];
            }

            if (clear && lexicon.Head(length == 1 ? words[i] : string.Join(' ', words, i, length)) is { } head)
            {
                return head;
            }
        }

        return null;
    }

    // Modifiers to the left of the head, the nearest first: each may change agent, type and label unless a nearer one did.
    private (int Start, Draft Actor) Modify(string[] words, int headStart, GenericHead head)
    {
        var agent = head.Agent;
        AcledActorCategory? category = null;
        string? name = null;
        var rule = new StringBuilder($"{GenericActorLexicon.RelativePath}:{head.Line}");
        var start = headStart;
        for (var j = headStart - 1; j >= 0 && headStart - j <= 8; j--)
        {
            var w = words[j];
            var modifiers = lexicon.Modifiers(w);
            if (!modifiers.IsEmpty)
            {
                if (modifiers.FirstOrDefault(x => x.AppliesTo(agent)) is { } applied)
                {
                    if (applied.Agent is { } a && agent == head.Agent)
                    {
                        agent = a;
                    }

                    category ??= applied.Category;
                    name ??= applied.Name;
                    rule.Append($"; mod '{w}' :{applied.Line}");
                }

                start = j;
                continue;
            }

            if (IsLink(w))
            {
                rule.Append($"; link '{w}' (not the actor's country)");
                start = j;
                continue;
            }

            if (!Quantifiers.Contains(w) && !IsNumber(w))
            {
                break;
            }
        }

        return (start, new Draft(agent, category ?? head.Category, name ?? head.Name, null, rule.ToString()));
    }

    private static bool IsLink(string word)
    {
        if (word.StartsWith("PRO-", StringComparison.Ordinal) || word.StartsWith("ANTI-", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var suffix in LinkSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length > suffix.Length)
            {
                return true;
            }
        }

        return false;
    }

    // "military advisers", "civilian areas": an adjectival head before a word that can be a noun. A verb in -ed, a
    // reporting or auxiliary verb, a function word or punctuation after it leaves the head a noun ("the military said").
    private static bool ModifiesNext(string next)
    {
        if (next.Length < 2 || !char.IsAsciiLetter(next[0]) || Quantifiers.Contains(next) || NounFollowers.Contains(next))
        {
            return false;
        }

        return !(next.EndsWith("ED", StringComparison.Ordinal) && next.Length > 4);
    }

    // Issue 8 (ipe-any3): "railway cops patrol the coaches", "security forces force the crowd back": a joint noun that is
    // also a verb and has a determiner right after it is that verb, with the head as its subject; a noun phrase does not
    // run on into a determiner ("a police patrol was attacked", "the police force said"). An initial is no determiner
    // ("police sub-inspector a k solanki").
    private static bool IsVerbBeforeItsObject(string[] words, int joint) =>
        VerbJoints.Contains(words[joint]) && joint + 1 < words.Length && Determiners.Contains(words[joint + 1])
        && !(joint + 2 < words.Length && words[joint + 2].Length == 1 && char.IsAsciiLetter(words[joint + 2][0]));

    // "police-run", "army-style": a hyphen compound after the head makes the head part of another word's meaning.
    private static bool IsHyphenatedCompound(string word) => word.Length > 1 && word[0] == '-';

    private static bool IsNumber(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c) && c is not ',' and not '.')
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    private static (int First, int Last) TokenRange(Document document, Sentence sentence, TextSpan span)
    {
        var first = -1;
        var last = -1;
        for (var k = 0; k < sentence.TokenCount; k++)
        {
            var t = document.Tokens[sentence.FirstToken + k].Span;
            if (t.End > span.Start && t.Start < span.End)
            {
                first = first < 0 ? k : first;
                last = k;
            }
            else if (t.Start >= span.End)
            {
                break;
            }
        }

        return (first, last);
    }

    private sealed record Draft(string Agent, AcledActorCategory Category, string Name, string? Country, string Rule)
    {
        public ActorCode? Group { get; init; }
    }
}
