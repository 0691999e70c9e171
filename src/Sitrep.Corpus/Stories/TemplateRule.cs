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
    private const ulong End = 0xC2B2AE3D27D4EB4FUL;

    /// <summary>Compares the facts of two texts.</summary>
    public static FactComparison Compare(FactProfile a, FactProfile b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Words.IsEmpty || b.Words.IsEmpty)
        {
            return default;
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

            if (slotsLeftA[leftA[i]] >= 0 && slotsLeftB.TryGetValue(leftA[i], out var j) && j >= 0)
            {
                pairs.Add((i, j));
            }

            if (slotsRightA[rightA[i]] >= 0 && slotsRightB.TryGetValue(rightA[i], out j) && j >= 0)
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

            if (slotsLeftB[leftB[j]] >= 0 && slotsLeftA.TryGetValue(leftB[j], out var i) && i >= 0)
            {
                pairs.Add((i, j));
            }

            if (slotsRightB[rightB[j]] >= 0 && slotsRightA.TryGetValue(rightB[j], out i) && i >= 0)
            {
                pairs.Add((i, j));
            }
        }

        int numberSame = 0, numberOther = 0, nameSame = 0, nameOther = 0;
        foreach (var (i, j) in pairs)
        {
            var kind = a.Kinds[i];
            if (kind == FactKind.None || kind != b.Kinds[j])
            {
                continue;
            }

            // Dateline days agree within a day (a re-publication a day later); they count with the figures.
            var same = kind == FactKind.DatelineDay ? Math.Abs((long)a.Words[i] - (long)b.Words[j]) <= 1 : a.Words[i] == b.Words[j];
            if (kind is FactKind.Number or FactKind.DatelineDay)
            {
                numberSame += same ? 1 : 0;
                numberOther += same ? 0 : 1;
            }
            else
            {
                nameSame += same ? 1 : 0;
                nameOther += same ? 0 : 1;
            }
        }

        return new FactComparison(numberSame, numberOther, nameSame, nameOther);
    }

    /// <summary>True when the two texts are template stories: their facts disagree beyond <paramref name="maxShare"/>.</summary>
    public static bool AreTemplateStories(FactProfile a, FactProfile b, double maxShare = StoryOptions.DefaultMaxConflictShare) =>
        Compare(a, b).Disagrees(maxShare);

    // The hash of the two words before (left) and after (right) each word, with markers past either end; a context
    // that crosses a line break is made unique (it never aligns).
    private static (ulong[] Left, ulong[] Right) Contexts(FactProfile p)
    {
        var w = p.Words;
        var n = w.Length;
        var left = new ulong[n];
        var right = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            var leftBroken = p.LineStarts[i] || (i >= 1 && p.LineStarts[i - 1]);
            var rightBroken = (i + 1 < n && p.LineStarts[i + 1]) || (i + 2 < n && p.LineStarts[i + 2]);
            left[i] = leftBroken ? Mix(3, (ulong)i) : Mix(Mix(1, i >= 2 ? w[i - 2] : Start), i >= 1 ? w[i - 1] : Start);
            right[i] = rightBroken ? Mix(4, (ulong)i) : Mix(Mix(2, i + 1 < n ? w[i + 1] : End), i + 2 < n ? w[i + 2] : End);
        }

        return (left, right);
    }

    // Context -> the index of its only word, or -1 when it occurs more than once.
    private static Dictionary<ulong, int> Unique(ulong[] contexts)
    {
        var map = new Dictionary<ulong, int>(contexts.Length);
        for (var i = 0; i < contexts.Length; i++)
        {
            map[contexts[i]] = map.ContainsKey(contexts[i]) ? -1 : i;
        }

        return map;
    }

    private static ulong Mix(ulong h, ulong x)
    {
        h = (h ^ x) * 0x100000001B3UL;
        h ^= h >> 31;
        h *= 0x94D049BB133111EBUL;
        return h ^ (h >> 29);
    }
}
