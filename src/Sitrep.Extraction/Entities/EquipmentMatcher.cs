using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Finds equipment mentions: named systems (<c>S-400</c>, <c>Bayraktar TB2</c>) and noun phrases built from modifiers,
/// heads and tails (<c>laser-guided missiles</c>, <c>missile defense systems</c>, <c>armored vehicles</c>). A tail alone
/// (<c>blocking systems</c>) or a modifier alone (<c>air power</c>) is not equipment. Marks the tokens it takes.
/// </summary>
internal static class EquipmentMatcher
{
    private const WordClass Parts = WordClass.EquipmentHead | WordClass.EquipmentModifier | WordClass.EquipmentTail;

    public static void Run(EntityLexicon lex, in TokenView view, int sentence, int start, int end, bool[] consumed, List<Candidate> output)
    {
        var i = start;
        while (i < end)
        {
            var named = lex.EquipmentNames.Match(view, i, end, matchCase: false, out var name);
            if (named > 0)
            {
                var last = i + named - 1;
                output.Add(new Candidate(view.RangeSpan(i, last), EntityType.Equipment, MentionKind.Name, name!) { Sentence = sentence, FirstToken = i, LastToken = last });
                Consume(consumed, i, last);
                i = last + 1;
                continue;
            }

            if (!view.IsWord(i) || (lex.Classify(view[i]) & Parts) == 0 || (i > start && char.IsUpper(view[i][0]) && view.IsCapitalised(i - 1)))
            {
                i++;
                continue;
            }

            // The longest run of equipment words, cut back to end on a head or a tail.
            var j = i;
            var lastGood = -1;
            var sawHead = false;
            var sawModifier = false;
            while (j < end && view.IsWord(j) && (j == i || view.JoinedToPrevious(j)) && (lex.Classify(view[j]) & Parts) is var c && c != 0)
            {
                sawHead |= (c & WordClass.EquipmentHead) != 0;
                if ((c & WordClass.EquipmentHead) != 0 || ((c & WordClass.EquipmentTail) != 0 && (sawHead || sawModifier)))
                {
                    lastGood = j;
                }

                sawModifier |= (c & WordClass.EquipmentModifier) != 0;
                j++;
            }

            if (lastGood >= 0 && (sawHead || sawModifier))
            {
                output.Add(new Candidate(view.RangeSpan(i, lastGood), EntityType.Equipment, MentionKind.Nominal, view.Range(i, lastGood).ToLowerInvariant())
                {
                    Sentence = sentence,
                    FirstToken = i,
                    LastToken = lastGood,
                });
                Consume(consumed, i, lastGood);
                i = lastGood + 1;
            }
            else
            {
                i = Math.Max(j, i + 1);
            }
        }
    }

    private static void Consume(bool[] consumed, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            consumed[k] = true;
        }
    }
}
