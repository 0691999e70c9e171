using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Sitrep.Text.Syntax;

/// <summary>
/// Greedy left-to-right part-of-speech tagger: an averaged perceptron over hashed features (word, affixes 1–3, shape,
/// two words either side, the two previous tags). A class is a (UPOS, XPOS) pair seen in training. Frequent words
/// that are nearly always one class skip the perceptron (a tag dictionary, as in Honnibal's tagger). Thread-safe once built.
/// </summary>
internal sealed class PosTagger
{
    /// <summary>Upper bound on features per word.</summary>
    public const int MaxFeatures = 24;

    private readonly FrozenDictionary<ulong, int> _fixed;

    /// <summary>Creates a tagger over a model, its classes and its tag dictionary.</summary>
    public PosTagger(AveragedPerceptron model, ImmutableArray<string> upos, ImmutableArray<string> xpos, IReadOnlyDictionary<ulong, int> fixedTags)
    {
        if (upos.Length != model.Classes || xpos.Length != model.Classes)
        {
            throw new InvalidDataException($"the tagger has {model.Classes} classes but {upos.Length} UPOS and {xpos.Length} XPOS names.");
        }

        Model = model;
        UPos = upos;
        XPos = xpos;
        FixedTags = fixedTags;
        _fixed = fixedTags.ToFrozenDictionary();
    }

    /// <summary>The weights.</summary>
    public AveragedPerceptron Model { get; }

    /// <summary>UPOS of each class.</summary>
    public ImmutableArray<string> UPos { get; }

    /// <summary>XPOS of each class.</summary>
    public ImmutableArray<string> XPos { get; }

    /// <summary>Lower-cased word hash → class, for unambiguous frequent words.</summary>
    public IReadOnlyDictionary<ulong, int> FixedTags { get; }

    /// <summary>Tags a sentence: writes one class per word into <paramref name="tags"/>.</summary>
    public void Tag(ReadOnlySpan<WordHashes> words, Span<int> tags)
    {
        Span<int> rows = stackalloc int[MaxFeatures];
        Span<float> scores = stackalloc float[Model.Classes];
        for (var i = 0; i < words.Length; i++)
        {
            if (_fixed.TryGetValue(words[i].Lower, out var t))
            {
                tags[i] = t;
                continue;
            }

            var n = Features(words, tags, i, rows);
            Model.Score(rows[..n], scores, 0);
            tags[i] = AveragedPerceptron.ArgMax(scores);
        }
    }

    /// <summary>One training pass over a sentence (greedy, with predicted history); returns the number of correct words.</summary>
    public int Train(ReadOnlySpan<WordHashes> words, ReadOnlySpan<int> gold, Span<int> predicted)
    {
        Span<int> rows = stackalloc int[MaxFeatures];
        Span<float> scores = stackalloc float[Model.Classes];
        var correct = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (_fixed.TryGetValue(words[i].Lower, out var t))
            {
                predicted[i] = t;
            }
            else
            {
                var n = Features(words, predicted, i, rows);
                Model.Score(rows[..n], scores, 0);
                var guess = AveragedPerceptron.ArgMax(scores);
                Model.Update(rows[..n], gold[i], guess);
                predicted[i] = guess;
            }

            correct += predicted[i] == gold[i] ? 1 : 0;
        }

        return correct;
    }

    private int Features(ReadOnlySpan<WordHashes> words, ReadOnlySpan<int> tags, int i, Span<int> rows)
    {
        var w = words[i];
        var p1 = i > 0 ? words[i - 1] : WordHashes.Padding;
        var p2 = i > 1 ? words[i - 2] : WordHashes.Padding;
        var n1 = i + 1 < words.Length ? words[i + 1] : WordHashes.Padding;
        var n2 = i + 2 < words.Length ? words[i + 2] : WordHashes.Padding;
        var t1 = i > 0 ? (ulong)tags[i - 1] + 1 : 0;
        var t2 = i > 1 ? (ulong)tags[i - 2] + 1 : 0;
        var m = Model;
        var k = 0;
        rows[k++] = m.Row(FeatureHash.Mix(1, 0));
        rows[k++] = m.Row(FeatureHash.Mix(2, w.Lower));
        rows[k++] = m.Row(FeatureHash.Mix(3, w.Prefix1));
        rows[k++] = m.Row(FeatureHash.Mix(4, w.Prefix2));
        rows[k++] = m.Row(FeatureHash.Mix(5, w.Prefix3));
        rows[k++] = m.Row(FeatureHash.Mix(6, w.Suffix1));
        rows[k++] = m.Row(FeatureHash.Mix(7, w.Suffix2));
        rows[k++] = m.Row(FeatureHash.Mix(8, w.Suffix3));
        rows[k++] = m.Row(FeatureHash.Mix(9, w.Shape));
        rows[k++] = m.Row(FeatureHash.Mix(10, w.Shape, i == 0 ? 1UL : 2UL));
        rows[k++] = m.Row(FeatureHash.Mix(11, p1.Lower));
        rows[k++] = m.Row(FeatureHash.Mix(12, p2.Lower));
        rows[k++] = m.Row(FeatureHash.Mix(13, n1.Lower));
        rows[k++] = m.Row(FeatureHash.Mix(14, n2.Lower));
        rows[k++] = m.Row(FeatureHash.Mix(15, t1));
        rows[k++] = m.Row(FeatureHash.Mix(16, t1, t2));
        rows[k++] = m.Row(FeatureHash.Mix(17, t1, w.Lower));
        rows[k++] = m.Row(FeatureHash.Mix(18, p1.Suffix3));
        rows[k++] = m.Row(FeatureHash.Mix(19, n1.Suffix3));
        rows[k++] = m.Row(FeatureHash.Mix(20, n1.Shape));
        rows[k++] = m.Row(FeatureHash.Mix(21, w.Lower, n1.Lower));
        rows[k++] = m.Row(FeatureHash.Mix(22, p1.Lower, w.Lower));
        return k;
    }
}
