namespace Sitrep.Text.Syntax;

/// <summary>A treebank sentence prepared for training: word hashes, gold classes, gold heads and relations by node (node 0 the root).</summary>
internal sealed record TrainingSentence(WordHashes[] Words, int[] Tags, int[] Heads, int[] Labels, bool Projective)
{
    /// <summary>Prepares a sentence; <paramref name="tags"/> and <paramref name="relations"/> map names to class ids.</summary>
    public static TrainingSentence Of(ConlluSentence s, IReadOnlyDictionary<(string UPos, string XPos), int> tags, IReadOnlyDictionary<string, int> relations)
    {
        var n = s.Tokens.Length;
        var words = new WordHashes[n];
        var classes = new int[n];
        var heads = new int[n + 1];
        var labels = new int[n + 1];
        heads[0] = -1;
        labels[0] = -1;
        for (var i = 0; i < n; i++)
        {
            var t = s.Tokens[i];
            words[i] = WordHashes.Of(t.Form);
            classes[i] = tags[(t.UPos, t.XPos)];
            heads[i + 1] = t.Head <= n ? t.Head : 0;
            labels[i + 1] = relations[t.Relation];
        }

        return new TrainingSentence(words, classes, heads, labels, IsProjective(heads) && HasOneRoot(heads));
    }

    private static bool HasOneRoot(int[] heads) => heads.Count(h => h == 0) == 1;

    private static bool IsProjective(int[] heads)
    {
        for (var a = 1; a < heads.Length; a++)
        {
            var (l1, r1) = (Math.Min(a, heads[a]), Math.Max(a, heads[a]));
            for (var b = 1; b < heads.Length; b++)
            {
                var (l2, r2) = (Math.Min(b, heads[b]), Math.Max(b, heads[b]));
                if (l1 < l2 && l2 < r1 && r1 < r2)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
