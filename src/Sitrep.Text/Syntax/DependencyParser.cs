using System.Collections.Immutable;

namespace Sitrep.Text.Syntax;

/// <summary>
/// Greedy arc-eager dependency parser: one averaged perceptron chooses the transition (shift, reduce, left, right),
/// a second one the relation of each arc (its classes are left-arc relations then right-arc relations). Features
/// follow Zhang and Nivre (2011): words and tags of the stack top, the node below it and three buffer nodes, their
/// pairs and triples, the distance, valencies, and the leftmost and rightmost children with their relations.
/// Thread-safe once built; the <see cref="ArcEagerState"/> is per thread.
/// </summary>
internal sealed class DependencyParser
{
    /// <summary>Upper bound on features per configuration.</summary>
    public const int MaxFeatures = 40;

    private const ulong RootWord = 0x5F3759DF5F3759DFUL;

    /// <summary>Creates a parser over trained models and relation names.</summary>
    public DependencyParser(AveragedPerceptron transitions, AveragedPerceptron labels, ImmutableArray<string> relations)
    {
        if (transitions.Classes != 4 || labels.Classes != 2 * relations.Length || labels.Bits != transitions.Bits)
        {
            throw new InvalidDataException($"the parser has {transitions.Classes} transitions and {labels.Classes} arc classes for {relations.Length} relations; expected 4 and {2 * relations.Length}, with equal row counts.");
        }

        Transitions = transitions;
        Labels = labels;
        Relations = relations;
        RootLabel = relations.IndexOf("root");
        FallbackLabel = relations.IndexOf("parataxis");
        if (RootLabel < 0 || FallbackLabel < 0)
        {
            throw new InvalidDataException("the parser's relations must include 'root' and 'parataxis'.");
        }
    }

    /// <summary>Transition weights.</summary>
    public AveragedPerceptron Transitions { get; }

    /// <summary>Arc relation weights.</summary>
    public AveragedPerceptron Labels { get; }

    /// <summary>Relation names by id.</summary>
    public ImmutableArray<string> Relations { get; }

    /// <summary>Id of <c>root</c>.</summary>
    public int RootLabel { get; }

    /// <summary>Id of the relation given to words left unattached at the end (<c>parataxis</c>).</summary>
    public int FallbackLabel { get; }

    /// <summary>Parses a tagged sentence: writes each word's head node (0 for the root, <c>i+1</c> for word <c>i</c>) and relation.</summary>
    public void Parse(ReadOnlySpan<WordHashes> words, ReadOnlySpan<int> tags, ArcEagerState state, Span<int> heads, Span<int> labels)
    {
        Span<int> rows = stackalloc int[MaxFeatures];
        Span<float> moves = stackalloc float[4];
        Span<float> arcs = stackalloc float[Relations.Length];
        state.Reset(words.Length);
        while (!state.Terminal)
        {
            var n = Features(words, tags, state, rows);
            Transitions.Score(rows[..n], moves, 0);
            var move = Best(state, moves);
            var label = move is ArcEagerState.Left or ArcEagerState.Right ? Label(rows[..n], state, move, arcs) : -1;
            state.Apply(move, label);
        }

        Finish(state, heads, labels);
    }

    /// <summary>One training pass over a projective gold sentence (static oracle); returns correct transition choices.</summary>
    public int Train(ReadOnlySpan<WordHashes> words, ReadOnlySpan<int> tags, ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldLabels, ArcEagerState state)
    {
        Span<int> rows = stackalloc int[MaxFeatures];
        Span<float> moves = stackalloc float[4];
        Span<float> arcs = stackalloc float[Relations.Length];
        state.Reset(words.Length);
        var correct = 0;
        while (!state.Terminal)
        {
            var n = Features(words, tags, state, rows);
            Transitions.Score(rows[..n], moves, 0);
            var guess = Best(state, moves);
            var gold = state.Oracle(goldHeads);
            Transitions.Update(rows[..n], gold, guess);
            correct += gold == guess ? 1 : 0;
            var label = -1;
            if (gold is ArcEagerState.Left or ArcEagerState.Right)
            {
                var dependent = gold == ArcEagerState.Left ? state.Stack(0) : state.Next;
                label = goldLabels[dependent];
                if (state.Stack(0) != 0)
                {
                    var side = gold == ArcEagerState.Left ? 0 : Relations.Length;
                    var predicted = Label(rows[..n], state, gold, arcs);
                    Labels.Update(rows[..n], side + label, side + predicted);
                }
            }

            state.Apply(gold, label);
        }

        return correct;
    }

    private static int Best(ArcEagerState state, ReadOnlySpan<float> moves)
    {
        var best = -1;
        for (var t = 0; t < 4; t++)
        {
            if (state.IsValid(t) && (best < 0 || moves[t] > moves[best]))
            {
                best = t;
            }
        }

        return best;
    }

    private int Label(ReadOnlySpan<int> rows, ArcEagerState state, int move, Span<float> arcs)
    {
        if (move == ArcEagerState.Right && state.Stack(0) == 0)
        {
            return RootLabel;
        }

        Labels.Score(rows, arcs, move == ArcEagerState.Left ? 0 : Relations.Length);
        arcs[RootLabel] = float.NegativeInfinity;
        return AveragedPerceptron.ArgMax(arcs);
    }

    private void Finish(ArcEagerState state, Span<int> heads, Span<int> labels)
    {
        var root = state.RightChild[0];
        for (var i = 1; i <= state.Words; i++)
        {
            if (state.Heads[i] < 0 && root < 0)
            {
                root = i;
                heads[i - 1] = 0;
                labels[i - 1] = RootLabel;
            }
            else if (state.Heads[i] < 0)
            {
                heads[i - 1] = root;
                labels[i - 1] = FallbackLabel;
            }
            else
            {
                heads[i - 1] = state.Heads[i];
                labels[i - 1] = state.Labels[i];
            }
        }
    }

    private int Features(ReadOnlySpan<WordHashes> words, ReadOnlySpan<int> tags, ArcEagerState st, Span<int> rows)
    {
        var s0 = st.Stack(0);
        var s1 = st.Stack(1);
        var b0 = st.Buffer(0);
        var b1 = st.Buffer(1);
        var b2 = st.Buffer(2);
        var s0w = W(words, s0);
        var s0t = T(tags, s0);
        var b0w = W(words, b0);
        var b0t = T(tags, b0);
        var b1t = T(tags, b1);
        var s0h = s0 >= 0 ? st.Heads[s0] : -1;
        var dist = s0 >= 0 && b0 >= 0 ? (ulong)Math.Min(b0 - s0, 6) : 0;
        var s0lc = s0 < 0 ? -1 : st.LeftChild[s0];
        var s0rc = s0 < 0 ? -1 : st.RightChild[s0];
        var b0lc = b0 < 0 ? -1 : st.LeftChild[b0];
        var s0rv = s0 >= 0 ? (ulong)Math.Min(st.RightCount[s0], 4) : 9;
        var s0lv = s0 >= 0 ? (ulong)Math.Min(st.LeftCount[s0], 4) : 9;
        var b0lv = b0 >= 0 ? (ulong)Math.Min(st.LeftCount[b0], 4) : 9;
        var m = Transitions;
        var k = 0;
        rows[k++] = m.Row(FeatureHash.Mix(101, 0));
        rows[k++] = m.Row(FeatureHash.Mix(102, s0w));
        rows[k++] = m.Row(FeatureHash.Mix(103, s0t));
        rows[k++] = m.Row(FeatureHash.Mix(104, s0w, s0t));
        rows[k++] = m.Row(FeatureHash.Mix(105, b0w));
        rows[k++] = m.Row(FeatureHash.Mix(106, b0t));
        rows[k++] = m.Row(FeatureHash.Mix(107, b0w, b0t));
        rows[k++] = m.Row(FeatureHash.Mix(108, W(words, b1)));
        rows[k++] = m.Row(FeatureHash.Mix(109, b1t));
        rows[k++] = m.Row(FeatureHash.Mix(110, W(words, b1), b1t));
        rows[k++] = m.Row(FeatureHash.Mix(111, T(tags, b2)));
        rows[k++] = m.Row(FeatureHash.Mix(112, W(words, b2)));
        rows[k++] = m.Row(FeatureHash.Mix(113, W(words, s1), T(tags, s1)));
        rows[k++] = m.Row(FeatureHash.Mix(114, s0w, b0w));
        rows[k++] = m.Row(FeatureHash.Mix(115, s0t, b0t));
        rows[k++] = m.Row(FeatureHash.Mix(116, s0w, s0t, b0t));
        rows[k++] = m.Row(FeatureHash.Mix(117, s0t, b0w, b0t));
        rows[k++] = m.Row(FeatureHash.Mix(118, s0w, s0t, b0w));
        rows[k++] = m.Row(FeatureHash.Mix(119, s0w, b0w, b0t));
        rows[k++] = m.Row(FeatureHash.Mix(120, s0t, b0t, b1t));
        rows[k++] = m.Row(FeatureHash.Mix(121, b0t, b1t, T(tags, b2)));
        rows[k++] = m.Row(FeatureHash.Mix(122, T(tags, s0h), s0t, b0t));
        rows[k++] = m.Row(FeatureHash.Mix(123, s0t, T(tags, s0lc), b0t));
        rows[k++] = m.Row(FeatureHash.Mix(124, s0t, T(tags, s0rc), b0t));
        rows[k++] = m.Row(FeatureHash.Mix(125, s0t, b0t, T(tags, b0lc)));
        rows[k++] = m.Row(FeatureHash.Mix(126, s0w, dist));
        rows[k++] = m.Row(FeatureHash.Mix(127, s0t, b0t, dist));
        rows[k++] = m.Row(FeatureHash.Mix(128, b0w, dist));
        rows[k++] = m.Row(FeatureHash.Mix(129, s0w, s0rv));
        rows[k++] = m.Row(FeatureHash.Mix(130, s0t, s0lv));
        rows[k++] = m.Row(FeatureHash.Mix(131, b0w, b0lv));
        rows[k++] = m.Row(FeatureHash.Mix(132, s0t, L(st, s0), b0t));
        rows[k++] = m.Row(FeatureHash.Mix(133, s0t, L(st, s0lc), L(st, s0rc)));
        rows[k++] = m.Row(FeatureHash.Mix(134, b0t, L(st, b0lc)));
        rows[k++] = m.Row(FeatureHash.Mix(135, T(tags, s1), s0t, b0t));
        rows[k++] = m.Row(FeatureHash.Mix(136, W(words, s0h), s0t));
        rows[k++] = m.Row(FeatureHash.Mix(137, s0w, L(st, s0)));
        rows[k++] = m.Row(FeatureHash.Mix(138, b0t, W(words, b0lc)));
        return k;
    }

    private static ulong W(ReadOnlySpan<WordHashes> words, int x) => x < 0 ? FeatureHash.None : x == 0 ? RootWord : words[x - 1].Lower;

    private static ulong T(ReadOnlySpan<int> tags, int x) => x < 0 ? 0UL : x == 0 ? 1000UL : (ulong)tags[x - 1] + 1;

    private static ulong L(ArcEagerState st, int x) => x < 0 ? 0UL : (ulong)(st.Labels[x] + 2);
}
