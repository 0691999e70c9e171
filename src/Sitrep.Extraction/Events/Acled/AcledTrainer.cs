using System.Collections.Frozen;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>
/// Trains <see cref="AcledModel"/>: multinomial logistic regression by AdaGrad with L2 regularisation, in a fixed
/// order (a seeded shuffle), so the same examples always give the same model. Features seen fewer than
/// <see cref="AcledTrainerOptions.MinCount"/> times are left out.
/// </summary>
public static class AcledTrainer
{
    /// <summary>
    /// Trains a model on the examples: <see cref="AcledTrainerOptions.Orders"/> runs over differently seeded example
    /// orders, their weights averaged (one linear model; the average of several orders varies less than any one).
    /// </summary>
    public static AcledModel Train(IReadOnlyList<AcledExample> examples, AcledTrainerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var o = options ?? new AcledTrainerOptions();
        var runs = Enumerable.Range(0, Math.Max(1, o.Orders)).Select(k => TrainOnce(examples, o with { Seed = o.Seed + (k * 7919) })).ToList();
        if (runs.Count == 1)
        {
            return runs[0];
        }

        var sums = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            foreach (var (name, row) in run.Weights)
            {
                if (!sums.TryGetValue(name, out var sum))
                {
                    sums[name] = sum = new double[AcledRules.LabelCount];
                }

                foreach (var (label, weight) in row)
                {
                    sum[label] += weight / runs.Count;
                }
            }
        }

        var averaged = sums.ToDictionary(
            p => p.Key,
            p => Enumerable.Range(1, AcledRules.LabelCount - 1).Where(k => Math.Abs(p.Value[k]) >= o.Prune).Select(k => (k, (float)p.Value[k])).ToArray(),
            StringComparer.Ordinal);
        return new AcledModel("trained", averaged.Where(p => p.Value.Length > 0).ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static AcledModel TrainOnce(IReadOnlyList<AcledExample> examples, AcledTrainerOptions o)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in examples)
        {
            foreach (var (name, _) in e.Features)
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, count) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (count >= o.MinCount || !name.StartsWith("w:", StringComparison.Ordinal) && !name.StartsWith("b:", StringComparison.Ordinal))
            {
                index[name] = index.Count;
            }
        }

        var l = AcledRules.LabelCount;
        var w = new double[index.Count * l];
        var g2 = new double[index.Count * l];
        var rows = examples.Select(e => e.Features.Where(f => index.ContainsKey(f.Name)).Select(f => (index[f.Name], f.Value)).ToArray()).ToArray();
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(o.Seed);
        for (var epoch = 0; epoch < o.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var x = rows[i];
                var z = new double[l];
                foreach (var (f, v) in x)
                {
                    for (var k = 1; k < l; k++)
                    {
                        z[k] += w[(f * l) + k] * v;
                    }
                }

                var p = AcledModel.Softmax(z);
                var gold = (int)examples[i].Label;
                var weight = examples[i].Weight;
                foreach (var (f, v) in x)
                {
                    for (var k = 1; k < l; k++)
                    {
                        var at = (f * l) + k;
                        var g = (weight * (p[k] - (k == gold ? 1 : 0)) * v) + (o.L2 * w[at]);
                        g2[at] += g * g;
                        w[at] -= o.LearningRate * g / (Math.Sqrt(g2[at]) + 1e-8);
                    }
                }
            }
        }

        var weights = new Dictionary<string, (int, float)[]>(StringComparer.Ordinal);
        foreach (var (name, f) in index)
        {
            var row = Enumerable.Range(1, l - 1).Where(k => Math.Abs(w[(f * l) + k]) >= o.Prune).Select(k => (k, (float)w[(f * l) + k])).ToArray();
            if (row.Length > 0)
            {
                weights[name] = row;
            }
        }

        return new AcledModel("trained", weights.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
