using Sitrep.Corpus.Stories;

namespace Sitrep.Corpus.Evaluation;

/// <summary>
/// The baseline the issue names: plain Jaccard over 5-word shingles with every pair compared; documents at or above the
/// threshold are linked and a story is a connected group (as the stories index groups its matches).
/// </summary>
public static class JaccardBaseline
{
    /// <summary>One story label per text (the index of the group's first text).</summary>
    public static IReadOnlyList<string> Group(IReadOnlyList<string> texts, double threshold, int shingleSize = WordShingles.DefaultSize)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var shingles = texts.Select(t => WordShingles.Of(t, shingleSize)).ToArray();
        var parent = Enumerable.Range(0, texts.Count).ToArray();
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                var (a, b) = (shingles[i], shingles[j]);
                // |A ∩ B| / |A ∪ B| ≤ min/max: skip pairs whose sizes alone keep them below the threshold.
                if (Math.Min(a.Length, b.Length) < threshold * Math.Max(a.Length, b.Length))
                {
                    continue;
                }

                if (MinHash.Jaccard(a.AsSpan(), b.AsSpan()) >= threshold)
                {
                    var (x, y) = (Find(parent, i), Find(parent, j));
                    parent[Math.Max(x, y)] = Math.Min(x, y);
                }
            }
        }

        return Enumerable.Range(0, texts.Count).Select(i => Find(parent, i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
