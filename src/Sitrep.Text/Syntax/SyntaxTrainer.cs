using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;

namespace Sitrep.Text.Syntax;

/// <summary>
/// Trains a <see cref="SyntaxModel"/> on CoNLL-U sentences (UD English EWT): the tagger greedily with its own
/// predicted history, the parser with the static arc-eager oracle on gold tags over projective sentences (a static
/// oracle cannot reach a non-projective tree; a 4-fold jackknife of predicted tags was tried and did not help on EWT dev). Each pass shuffles the sentences with a seeded generator, so a run is
/// reproducible; the tagger and the parser train side by side on two threads.
/// </summary>
public static class SyntaxTrainer
{
    /// <summary>Trains a model; when <paramref name="dev"/> is given, logs its scores after every pass.</summary>
    /// <exception cref="ArgumentException">When <paramref name="train"/> is empty or has more than 255 tag pairs or 127 relations.</exception>
    public static SyntaxModel Train(IReadOnlyList<ConlluSentence> train, SyntaxTrainingOptions options, IReadOnlyList<ConlluSentence>? dev = null, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Iterations, 1);
        if (train.Count == 0)
        {
            throw new ArgumentException("the training treebank has no sentences.", nameof(train));
        }

        var pairs = train.SelectMany(s => s.Tokens).Select(t => (t.UPos, t.XPos)).Distinct().Order().ToImmutableArray();
        var relations = train.SelectMany(s => s.Tokens).Select(t => t.Relation).Append("root").Append("parataxis").Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        if (pairs.Length > 255 || relations.Length > 127)
        {
            throw new ArgumentException($"the treebank has {pairs.Length} tag pairs and {relations.Length} relations; at most 255 and 127 are supported.", nameof(train));
        }

        var pairIndex = pairs.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var relIndex = relations.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, StringComparer.Ordinal);
        var data = train.Select(s => TrainingSentence.Of(s, pairIndex, relIndex)).ToArray();
        var fixedTags = FixedTags(data, pairs.Length, options);
        var tagger = new PosTagger(new AveragedPerceptron(pairs.Length, options.TaggerBits), [.. pairs.Select(p => p.UPos)], [.. pairs.Select(p => p.XPos)], fixedTags);
        var parser = new DependencyParser(new AveragedPerceptron(4, options.ParserBits), new AveragedPerceptron(2 * relations.Length, options.ParserBits), relations);
        var projective = data.Where(d => d.Projective).ToArray();
        log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{data.Length} sentences ({projective.Length} projective), {data.Sum(d => d.Words.Length)} words, {pairs.Length} tag pairs, {relations.Length} relations, {fixedTags.Count} words in the tag dictionary"));
        var clock = Stopwatch.StartNew();
        for (var it = 1; it <= options.Iterations; it++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rng = new Random(options.Seed + it);
            var order = Enumerable.Range(0, data.Length).ToArray();
            rng.Shuffle(order);
            double tagAcc = 0, moveAcc = 0;
            Parallel.Invoke(
                () => tagAcc = TagPass(tagger, data, order),
                () => moveAcc = ParsePass(parser, projective, order.Where(i => i < projective.Length).ToArray()));
            var line = string.Create(CultureInfo.InvariantCulture, $"pass {it}: train tag {tagAcc:0.0000}, transitions {moveAcc:0.0000}, {clock.Elapsed.TotalSeconds:0.0}s");
            if (dev is { Count: > 0 })
            {
                var snapshot = new SyntaxModel(
                    new PosTagger(tagger.Model.Snapshot(), tagger.UPos, tagger.XPos, fixedTags),
                    new DependencyParser(parser.Transitions.Snapshot(), parser.Labels.Snapshot(), relations),
                    "snapshot");
                var s = SyntaxEvaluator.Evaluate(snapshot, dev);
                line += string.Create(CultureInfo.InvariantCulture, $"; dev UPOS {s.UPosAccuracy:0.0000} XPOS {s.XPosAccuracy:0.0000} UAS {s.Uas:0.0000} LAS {s.Las:0.0000}");
            }

            log?.Invoke(line);
        }

        var finalTagger = new PosTagger(tagger.Model.Average(), tagger.UPos, tagger.XPos, fixedTags);
        var finalParser = new DependencyParser(parser.Transitions.Average(), parser.Labels.Average(), relations);
        var description = string.Create(CultureInfo.InvariantCulture, $"{data.Length} training sentences; {options.Iterations} passes; tagger 2^{options.TaggerBits} rows, parser 2^{options.ParserBits} rows; seed {options.Seed}");
        return new SyntaxModel(finalTagger, finalParser, description);
    }

    private static double TagPass(PosTagger tagger, TrainingSentence[] data, int[] order)
    {
        var predicted = new int[SyntaxModel.MaxWords * 4];
        long correct = 0, total = 0;
        foreach (var i in order)
        {
            var s = data[i];
            if (predicted.Length < s.Words.Length)
            {
                predicted = new int[s.Words.Length];
            }

            correct += tagger.Train(s.Words, s.Tags, predicted);
            total += s.Words.Length;
        }

        return (double)correct / Math.Max(1, total);
    }

    private static double ParsePass(DependencyParser parser, TrainingSentence[] data, int[] order)
    {
        var state = new ArcEagerState();
        long correct = 0, total = 0;
        foreach (var i in order)
        {
            var s = data[i];
            correct += parser.Train(s.Words, s.Tags, s.Heads, s.Labels, state);
            total += 2L * s.Words.Length;
        }

        return (double)correct / Math.Max(1, total);
    }

    private static Dictionary<ulong, int> FixedTags(TrainingSentence[] data, int classes, SyntaxTrainingOptions options)
    {
        var counts = new Dictionary<ulong, int[]>();
        foreach (var s in data)
        {
            for (var i = 0; i < s.Words.Length; i++)
            {
                if (!counts.TryGetValue(s.Words[i].Lower, out var c))
                {
                    counts[s.Words[i].Lower] = c = new int[classes];
                }

                c[s.Tags[i]]++;
            }
        }

        var result = new Dictionary<ulong, int>();
        foreach (var (word, c) in counts)
        {
            var total = c.Sum();
            var best = Array.IndexOf(c, c.Max());
            if (total >= options.FixedTagMinCount && c[best] >= options.FixedTagMinShare * total)
            {
                result[word] = best;
            }
        }

        return result;
    }
}
