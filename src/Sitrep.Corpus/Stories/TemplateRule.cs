using System.Collections.Immutable;

namespace Sitrep.Corpus.Stories;

/// <summary>
/// Keeps template stories apart (issue 10 point 1): texts that share most of their wording but state other figures or
/// names (Reuters' "X CORP 1ST QTR NET … Shr 12 cts vs 10 cts", a central bank's daily operations, commodity tables)
/// are other stories, though their shingles overlap. The rule aligns the two texts' words by wording context: two words
/// stand in the same slot when the two words before them, or the two words after them, are the same in both texts (and
/// that context occurs once in each). A context never reaches across a line break, so the first word after a dropped or
/// added paragraph is not aligned with the first word of the paragraph that was there, while a table's row keeps its
/// own context. Over the slots where both texts hold a figure, or both a name, it counts
/// agreements and conflicts (<see cref="FactComparison"/>). A re-publication keeps its facts (a paragraph added or
/// dropped leaves no aligned slot, an edited word is seldom a figure or name swapped for another); a template story
/// swaps them. The comparison is symmetric, so the decision does not depend on which text came first.
/// </summary>
public static class TemplateRule
{
    private const ulong Start = 0x9E3779B97F4A7C15UL;

    // A context that crosses a line break: it aligns with nothing, not even another text's broken context.
    private const ulong NoContext = 0;

    /// <summary>Compares the facts of two texts.</summary>
    public static FactComparison Compare(FactProfile a, FactProfile b)
    {
        int numberSame = 0, numberOther = 0, nameSame = 0, nameOther = 0, datelineOther = 0;
        foreach (var slot in Align(a, b))
        {
            datelineOther += slot.Kind == FactKind.DatelineDay && !slot.Agrees ? 1 : 0;
            if (slot.Kind is FactKind.Number or FactKind.DatelineDay)
            {
                // Dateline days count with the figures.
                numberSame += slot.Agrees ? 1 : 0;
                numberOther += slot.Agrees ? 0 : 1;
            }
            else
            {
                nameSame += slot.Agrees ? 1 : 0;
                nameOther += slot.Agrees ? 0 : 1;
            }
        }

        return new FactComparison(numberSame, numberOther, nameSame, nameOther) { DatelineConflicts = datelineOther };
    }

    /// <summary>
    /// The fact slots of two texts: pairs of words of the same kind (figure, dateline day or name) that stand in the same
    /// wording context, ordered by their index in <paramref name="a"/>, then in <paramref name="b"/>.
    /// </summary>
    public static ImmutableArray<FactSlot> Align(FactProfile a, FactProfile b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Words.IsEmpty || b.Words.IsEmpty)
        {
            return [];
        }

        var (leftA, rightA) = Contexts(a);
        var (leftB, rightB) = Contexts(b);
        var slotsLeftA = Unique(leftA);
        var slotsRightA = Unique(rightA);
        var slotsLeftB = Unique(leftB);
        var slotsRightB = Unique(rightB);
        var pairs = new HashSet<(int, int)>();
        for (var i = 0; i < leftA.Length; i++)
        {
            if (a.Kinds[i] == FactKind.None)
            {
                continue;
            }

            if (leftA[i] != NoContext && slotsLeftA[leftA[i]] >= 0 && slotsLeftB.TryGetValue(leftA[i], out var j) && j >= 0)
            {
                pairs.Add((i, j));
            }

            if (rightA[i] != NoContext && slotsRightA[rightA[i]] >= 0 && slotsRightB.TryGetValue(rightA[i], out j) && j >= 0)
            {
                pairs.Add((i, j));
            }
        }

        for (var j = 0; j < leftB.Length; j++)
        {
            if (b.Kinds[j] == FactKind.None)
            {
                continue;
            }

            if (leftB[j] != NoContext && slotsLeftB[leftB[j]] >= 0 && slotsLeftA.TryGetValue(leftB[j], out var i) && i >= 0)
            {
                pairs.Add((i, j));
            }

            if (rightB[j] != NoContext && slotsRightB[rightB[j]] >= 0 && slotsRightA.TryGetValue(rightB[j], out i) && i >= 0)
            {
                pairs.Add((i, j));
            }
        }

        var slots = ImmutableArray.CreateBuilder<FactSlot>(pairs.Count);
        foreach (var (i, j) in pairs.Order())
        {
            var kind = a.Kinds[i];
            if (kind == FactKind.None || kind != b.Kinds[j])
            {
                continue;
            }

            // Dateline days agree within a day (a re-publication a day later).
            var same = kind == FactKind.DatelineDay ? Math.Abs((long)a.Words[i] - (long)b.Words[j]) <= 1 : a.Words[i] == b.Words[j];
            slots.Add(new FactSlot(i, j, kind, same));
        }

        return slots.ToImmutable();
    }

    /// <summary>True when the two texts are template stories: their facts disagree beyond <paramref name="maxShare"/>.</summary>
    public static bool AreTemplateStories(FactProfile a, FactProfile b, double maxShare = StoryOptions.DefaultMaxConflictShare) =>
        Compare(a, b).Disagrees(maxShare);

    // The hash of the two words before (left) and after (right) each word. The text's start counts as a context (the
    // dateline's city is the first word of both texts: "DALLAS, June 18" against "ROCKY HILL, Conn., June 19" tells two
    // dividend notes apart); a context that crosses a line break or the text's end is NoContext (it never aligns): a
    // re-publication adds and drops paragraphs there, so the last word of a paragraph added at the end ("Gordon Capital
    // Corp") does not stand in the slot of the other text's last word ("Reuter").
    private static (ulong[] Left, ulong[] Right) Contexts(FactProfile p)
    {
        var w = p.Words;
        var n = w.Length;
        var left = new ulong[n];
        var right = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            var leftBroken = p.LineStarts[i] || (i >= 1 && p.LineStarts[i - 1]);
            var rightBroken = i + 2 >= n || p.LineStarts[i + 1] || p.LineStarts[i + 2];
            left[i] = leftBroken ? NoContext : Context(Mix(Mix(1, i >= 2 ? w[i - 2] : Start), i >= 1 ? w[i - 1] : Start));
            right[i] = rightBroken ? NoContext : Context(Mix(Mix(2, w[i + 1]), w[i + 2]));
        }

        return (left, right);
    }

    // Context -> the index of its only word, or -1 when it occurs more than once.
    private static Dictionary<ulong, int> Unique(ulong[] contexts)
    {
        var map = new Dictionary<ulong, int>(contexts.Length);
        for (var i = 0; i < contexts.Length; i++)
        {
            if (contexts[i] == NoContext)
            {
                continue;
            }

            map[contexts[i]] = map.ContainsKey(contexts[i]) ? -1 : i;
        }

        return map;
    }

    // A hash is never NoContext.
    private static ulong Context(ulong h) => h == NoContext ? 1 : h;

    private static ulong Mix(ulong h, ulong x)
    {
        h = (h ^ x) * 0x100000001B3UL;
        h ^= h >> 31;
        h *= 0x94D049BB133111EBUL;
        return h ^ (h >> 29);
    }
}
