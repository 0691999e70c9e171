namespace Sitrep.Corpus.Evaluation;

/// <summary>Pairwise precision and recall of a grouping against gold groups: every pair of documents is one decision.</summary>
/// <param name="TruePositives">Pairs together in both.</param>
/// <param name="FalsePositives">Pairs together in the prediction only.</param>
/// <param name="FalseNegatives">Pairs together in the gold only.</param>
public readonly record struct PairwiseScore(long TruePositives, long FalsePositives, long FalseNegatives)
{
    /// <summary>TP / (TP + FP); 1 when nothing is predicted together.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when the gold has no pair.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>: two labels per document, same index.</summary>
    /// <exception cref="ArgumentException">When the lists differ in length.</exception>
    public static PairwiseScore Of(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{gold.Count} gold labels and {predicted.Count} predicted labels.", nameof(predicted));
        }

        static long Pairs(IEnumerable<int> sizes) => sizes.Sum(n => (long)n * (n - 1) / 2);
        var both = Pairs(Enumerable.Range(0, gold.Count).GroupBy(i => (gold[i], predicted[i])).Select(g => g.Count()));
        var goldPairs = Pairs(gold.GroupBy(g => g, StringComparer.Ordinal).Select(g => g.Count()));
        var predictedPairs = Pairs(predicted.GroupBy(p => p, StringComparer.Ordinal).Select(g => g.Count()));
        return new PairwiseScore(both, predictedPairs - both, goldPairs - both);
    }
}
