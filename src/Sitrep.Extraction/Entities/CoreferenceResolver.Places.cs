using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>Definite descriptions of places, a third part of <see cref="CoreferenceResolver"/>.</summary>
internal sealed partial class CoreferenceResolver
{
    /// <summary>How many earlier named place mentions a description looks back over for its place.</summary>
    public const int PlaceNominalWindow = 40;

    /// <summary>Words that end a noun phrase after "the hospital": function words, verbs, reporting words.</summary>
    private const WordClass PhraseEnd = WordClass.CommonWord | WordClass.ActorVerb | WordClass.Reporting;

    /// <summary>
    /// Issue 9 point 8: "Al Assad University Hospital in Damascus … The hospital has 645 beds": "the" and the kind of
    /// place that heads an earlier place's name (a place cue: hospital, camp, mosque, airport, dam) is a nominal mention
    /// of the latest such place. A longer noun phrase ("the hospital staff") or a name after it ("the camp Hurriya")
    /// is not one.
    /// </summary>
    private void ResolvePlaceNominals(in TokenView view, ImmutableArray<Sentence> sentences)
    {
        var places = _mentions
            .Where(m => m.Source.Type == EntityType.Place && m.Mention.Kind is MentionKind.Name or MentionKind.Alias)
            .Select(m => (m.Mention.Span.Start, m.Mention.EntityId))
            .OrderBy(p => p.Start)
            .ToList();
        if (places.Count == 0)
        {
            return;
        }

        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            for (var t = sentence.FirstToken; t + 1 < sentence.EndToken && t + 1 < view.Count; t++)
            {
                var w = t + 1;
                if (!view.Is(t, "the") || !view.IsWord(w) || !char.IsLower(view[w][0]) || !view.JoinedToPrevious(w)
                    || (_lex.Classify(view[w]) & (WordClass.PlaceCue | WordClass.PlaceCueLower)) == 0)
                {
                    continue;
                }

                if (ContinuesNounPhrase(view, w + 1, sentence.EndToken))
                {
                    continue;
                }

                var target = LatestPlaceNamed(places, view.Span(t).Start, view[w]);
                if (target >= 0)
                {
                    var span = view.RangeSpan(t, w);
                    _mentions.Add((new Mention(span, target, MentionKind.Nominal), new Candidate(span, EntityType.Place, MentionKind.Nominal, view.Range(t, w)) { Sentence = s }));
                }
            }
        }
    }

    /// <summary>
    /// True when the word at <paramref name="next"/> goes on with the noun phrase, so that the place word before it is a
    /// modifier ("the hospital staff", "the camp Hurriya"): a capitalised word, or a lower-case word that is no function
    /// word or verb (no POS tags here: a word ending in "s" or "ed" is read as a verb, "the hospital provides").
    /// </summary>
    private bool ContinuesNounPhrase(in TokenView view, int next, int end)
    {
        if (next >= end || next >= view.Count || !view.IsWord(next) || !view.JoinedToPrevious(next))
        {
            return false;
        }

        var w = view[next];
        return char.IsUpper(w[0]) || ((_lex.Classify(w) & PhraseEnd) == 0 && !w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>The latest place mentioned before <paramref name="start"/> whose name holds <paramref name="kind"/> as a word, or -1.</summary>
    private int LatestPlaceNamed(List<(int Start, int EntityId)> places, int start, ReadOnlySpan<char> kind)
    {
        var looked = 0;
        for (var k = places.Count - 1; k >= 0 && looked < PlaceNominalWindow; k--)
        {
            if (places[k].Start >= start)
            {
                continue;
            }

            looked++;
            foreach (var part in _entities[places[k].EntityId].Parts)
            {
                if (kind.Equals(part, StringComparison.OrdinalIgnoreCase))
                {
                    return places[k].EntityId;
                }
            }
        }

        return -1;
    }
}
