using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>Pronoun and nominal linking, the second half of <see cref="CoreferenceResolver"/>.</summary>
internal sealed partial class CoreferenceResolver
{
    private readonly record struct PersonMention(int Start, int Sentence, int EntityId, bool Speaker);

    private void ResolvePronounsAndNominals(in TokenView view, ImmutableArray<Sentence> sentences)
    {
        var people = _mentions
            .Where(m => m.Source.Type == EntityType.Person && m.Source.Sentence >= 0)
            .Select(m => new PersonMention(m.Mention.Span.Start, m.Source.Sentence, m.Mention.EntityId, m.Source.IsSpeaker))
            .OrderBy(p => p.Start)
            .ToList();
        if (people.Count == 0)
        {
            return;
        }

        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (!view.IsWord(t))
                {
                    continue;
                }

                var c = _lex.Classify(view[t]);
                if ((c & WordClass.Pronoun) != 0)
                {
                    var gender = (c & WordClass.PronounMale) != 0 ? WordClass.FirstNameMale : WordClass.FirstNameFemale;
                    var target = FindAntecedent(people, view.Span(t).Start, s, gender);
                    if (target >= 0)
                    {
                        var m = new Mention(view.Span(t), target, MentionKind.Pronoun);
                        _mentions.Add((m, new Candidate(m.Span, EntityType.Person, MentionKind.Pronoun, view.String(t)) { Sentence = s }));
                        Insert(people, new PersonMention(m.Span.Start, s, target, false));
                    }
                }
                else if (view.Is(t, "the") && t + 1 < sentence.EndToken && view.IsWord(t + 1)
                    && (_lex.Classify(view[t + 1]) & (WordClass.TitleLower | WordClass.TitleHead)) != 0 && !view.IsCapitalised(t + 2))
                {
                    var target = FindByRole(people, view.Span(t).Start, view[t + 1]);
                    if (target >= 0)
                    {
                        var span = view.RangeSpan(t, t + 1);
                        _mentions.Add((new Mention(span, target, MentionKind.Nominal), new Candidate(span, EntityType.Person, MentionKind.Nominal, view.Range(t, t + 1)) { Sentence = s }));
                    }
                }
            }
        }
    }

    private static void Insert(List<PersonMention> people, PersonMention p)
    {
        var k = people.FindIndex(x => x.Start > p.Start);
        people.Insert(k < 0 ? people.Count : k, p);
    }

    private bool Compatible(int entityId, WordClass gender)
    {
        var g = _entities[entityId].Gender;
        return g == WordClass.None || (g & gender) != 0;
    }

    private int FindAntecedent(List<PersonMention> people, int start, int sentence, WordClass gender)
    {
        // Earlier in the same sentence: the most recent compatible person ("Haftar and his supporters").
        for (var k = people.Count - 1; k >= 0; k--)
        {
            var p = people[k];
            if (p.Start < start && p.Sentence == sentence && Compatible(p.EntityId, gender))
            {
                return p.EntityId;
            }
        }

        // Previous sentences: the last speaker, else the subject (first person mentioned), of the nearest one with people.
        for (var s = sentence - 1; s >= Math.Max(0, sentence - PronounWindow); s--)
        {
            var inSentence = people.Where(p => p.Sentence == s && Compatible(p.EntityId, gender)).ToList();
            if (inSentence.Count == 0)
            {
                continue;
            }

            // The nearest speaker: "Duda said … while Brudziński wrote …. He tweeted" is Brudziński (issue 9 point 7).
            var speaker = inSentence.FindLastIndex(p => p.Speaker);
            return inSentence[speaker >= 0 ? speaker : 0].EntityId;
        }

        return -1;
    }

    private int FindByRole(List<PersonMention> people, int start, ReadOnlySpan<char> noun)
    {
        for (var k = people.Count - 1; k >= 0; k--)
        {
            var p = people[k];
            var role = _entities[p.EntityId].Role;
            if (p.Start < start && role is not null)
            {
                var last = role.AsSpan(role.LastIndexOf(' ') + 1);
                if (last.Equals(noun, StringComparison.OrdinalIgnoreCase))
                {
                    return p.EntityId;
                }
            }
        }

        return -1;
    }
}
