using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// "he said" after an unnamed officer's statement (issue 8, IndiaPoliceEvents, round wt11-ipe): "a senior police
/// official said that the situation was unprecedented. … 'no one had expected such a mayhem,' he said." An unnamed
/// officer is no entity, so coreference cannot give him the later "he"; a report keeps one speaker across its
/// sentences, so a singular pronoun that speaks within <see cref="MaxSentences"/> sentences of such a statement, with no
/// person named or other speaker in between, is that officer. The pronoun stands for him only as the speaker of a
/// statement (CAMEO 01): as the author of any other act, or its target, it is left unresolved.
/// </summary>
internal static class PronounSpeaker
{
    /// <summary>How many sentences after the officer's statement a pronoun may still be him.</summary>
    public const int MaxSentences = 3;

    /// <summary>The rule recorded on the actor a pronoun stands for.</summary>
    public const string RulePrefix = "pronoun after speaker";

    // The nouns for one member of a force that head an unnamed speaker ("a senior police official", "the sub-inspector",
    // "the dgp"): the person heads and joints of data/actors/generic.txt. A collective head ("police", "the force",
    // "security forces", "personnel") is no "he".
    private static readonly FrozenSet<string> PersonHeads = FrozenSet.ToFrozenSet(
        ["official", "officer", "inspector", "sub-inspector", "commissioner", "superintendent", "constable", "policeman", "cop",
         "spokesman", "spokesperson", "chief", "dgp", "igp", "dig", "ig", "sp", "ssp", "dcp", "sho", "jawan", "in-charge"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The last officer who spoke, and the index of the sentence where he did.</summary>
    /// <param name="Actor">The officer, as the statement's source.</param>
    /// <param name="Sentence">The sentence index of the statement.</param>
    public readonly record struct Speaker(EventActor Actor, int Sentence);

    /// <summary>
    /// Adds, for each "he" or "she" of the sentence that no coded mention covers, the last officer who spoke; returns
    /// the spans of the pronouns added.
    /// </summary>
    public static List<TextSpan> Add(Document document, Sentence sentence, int index, List<(TextSpan Span, EventActor Actor, bool Pronoun)> actors, Speaker? last)
    {
        var added = new List<TextSpan>();
        if (last is not { } speaker || index - speaker.Sentence > MaxSentences)
        {
            return added;
        }

        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var span = document.Tokens[i].Span;
            var word = document.Text.AsSpan(span.Start, span.Length);
            if ((word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase))
                && !actors.Any(a => a.Span.Overlaps(span)))
            {
                actors.Add((span, speaker.Actor with { Span = span, Rule = $"{RulePrefix}: '{document.TextOf(speaker.Actor.Span)}'" }, true));
                added.Add(span);
            }
        }

        actors.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return added;
    }

    /// <summary>The candidate as far as the added pronouns may stand in it: the speaker of a statement, nothing else.</summary>
    /// <returns>The candidate, the candidate without its pronoun target, or null when the pronoun would author another act.</returns>
    public static EventCandidate? Restrict(EventCandidate candidate, List<TextSpan> added)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var e = candidate.Event;
        if (e.Source is { } source && added.Contains(source.Span) && e.Code.RootNumber != 1)
        {
            return null;
        }

        return e.Target is { } target && added.Contains(target.Span) ? candidate with { Event = e with { Target = null } } : candidate;
    }

    /// <summary>The last officer who spoke after this sentence: its last asserted statement decides; else a speaker of one of its <paramref name="quotes"/> or a person named in it (one of <paramref name="mentions"/>, the sentence's) ends the chain.</summary>
    public static Speaker? Next(Document document, ReadOnlySpan<Mention> mentions, IReadOnlyList<Quote> quotes, int index, IReadOnlyList<EventCandidate> candidates, Speaker? last)
    {
        var statement = candidates.Where(c => c.Mood == EventMood.Asserted && c.Event.Code.RootNumber == 1 && c.Event.Source is not null)
            .OrderBy(c => c.Event.Trigger.Start).LastOrDefault();
        if (statement?.Event.Source is { } source)
        {
            return IsOfficer(document, source) ? new Speaker(source, index) : null;
        }

        // Someone the coder has no code for spoke ("the vhp leader said"): he may be the next "he".
        if (quotes.Any(q => q.Speaker.Span is not null))
        {
            return null;
        }

        foreach (var mention in mentions)
        {
            if (mention.Kind == MentionKind.Name && document.Entities[mention.EntityId].Type == EntityType.Person)
            {
                return null;
            }
        }

        return last;
    }

    // A police officer named by an unnamed singular phrase ("a senior police official", "the dgp"), or the pronoun that
    // already stood for one.
    private static bool IsOfficer(Document document, EventActor actor)
    {
        if (!actor.Generic || !actor.Code.Value.EndsWith("COP", StringComparison.Ordinal))
        {
            return false;
        }

        if (actor.Rule?.StartsWith(RulePrefix, StringComparison.Ordinal) == true)
        {
            return true;
        }

        return HasPersonHead(document.TextOf(actor.Span));
    }

    /// <summary>
    /// True when the last word of <paramref name="phrase"/> names one member of a force ("senior police inspector", "the
    /// dgp"), not the force ("police", "security forces").
    /// </summary>
    public static bool HasPersonHead(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var text = phrase.TrimEnd();
        var space = text.LastIndexOf(' ');
        return PersonHeads.Contains(space < 0 ? text : text[(space + 1)..]);
    }
}
