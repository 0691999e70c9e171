using System.Numerics;
using System.Runtime.InteropServices;

namespace Sitrep.Text.Syntax;

/// <summary>
/// A multi-class averaged perceptron over hashed features. Weights are one flat <c>float[]</c>: row <c>r</c> (a
/// feature's hash bucket) holds one weight per class, contiguous, so scoring a feature is one vectorised add.
/// Training keeps running totals for averaging (Collins 2002; lazy updates with time stamps). After
/// <see cref="Average"/> the model is read-only and thread-safe.
/// </summary>
internal sealed class AveragedPerceptron
{
    private float[]? _weights;
    private double[]? _totals;
    private int[]? _stamps;
    private int _clock;

    // After averaging: compressed sparse rows. Row r's weights are _classes/_values[_rowStart[r] .. _rowStart[r+1]),
    // classes ascending; near-zero weights are dropped and values rounded to float16, exactly as saved, so a loaded
    // model predicts what the trained one did. Sparse rows keep the touched memory small: speed is cache misses.
    private readonly int[]? _rowStart;
    private readonly byte[]? _classes;
    private readonly float[]? _values;

    /// <summary>Creates an all-zero model for training.</summary>
    public AveragedPerceptron(int classes, int bits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classes, 255);
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 4);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 24);
        Classes = classes;
        Bits = bits;
        _weights = new float[(long)classes << bits];
        _totals = new double[_weights.Length];
        _stamps = new int[_weights.Length];
    }

    private AveragedPerceptron(int classes, int bits, int[] rowStart, byte[] classIds, float[] values)
    {
        Classes = classes;
        Bits = bits;
        _rowStart = rowStart;
        _classes = classIds;
        _values = values;
    }

    /// <summary>Number of classes.</summary>
    public int Classes { get; }

    /// <summary>log2 of the number of rows.</summary>
    public int Bits { get; }

    /// <summary>Number of weights kept after averaging.</summary>
    public int Count => _values?.Length ?? 0;

    /// <summary>The row of a feature hash.</summary>
    public int Row(ulong hash) => (int)(hash >> (64 - Bits));

    /// <summary>Adds the weights of <paramref name="rows"/> for classes <c>from .. from+scores.Length</c> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<int> rows, Span<float> scores, int from)
    {
        scores.Clear();
        if (_weights is { } dense)
        {
            ScoreDense(dense, rows, scores, from);
            return;
        }

        var starts = _rowStart!;
        var classes = _classes!;
        var values = _values!;
        var to = from + scores.Length;
        foreach (var row in rows)
        {
            var end = starts[row + 1];
            for (var k = starts[row]; k < end; k++)
            {
                int c = classes[k];
                if (c >= from && c < to)
                {
                    scores[c - from] += values[k];
                }
            }
        }
    }

    private void ScoreDense(float[] dense, ReadOnlySpan<int> rows, Span<float> scores, int from)
    {
        var count = scores.Length;
        var vectorised = Vector<float>.Count <= count ? count - (count % Vector<float>.Count) : 0;
        var sv = MemoryMarshal.Cast<float, Vector<float>>(scores[..vectorised]);
        foreach (var row in rows)
        {
            var w = dense.AsSpan((row * Classes) + from, count);
            var wv = MemoryMarshal.Cast<float, Vector<float>>(w[..vectorised]);
            for (var i = 0; i < wv.Length; i++)
            {
                sv[i] += wv[i];
            }

            for (var i = vectorised; i < count; i++)
            {
                scores[i] += w[i];
            }
        }
    }

    /// <summary>Index of the highest score (the first on ties).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>One perceptron step: rewards <paramref name="truth"/>, penalises <paramref name="guess"/> (no-op when equal).</summary>
    public void Update(ReadOnlySpan<int> rows, int truth, int guess)
    {
        var totals = _totals ?? throw new InvalidOperationException("The model is averaged and read-only.");
        _clock++;
        if (truth == guess)
        {
            return;
        }

        foreach (var row in rows)
        {
            Step(totals, (row * Classes) + truth, 1f);
            Step(totals, (row * Classes) + guess, -1f);
        }
    }

    private void Step(double[] totals, int i, float delta)
    {
        totals[i] += (double)(_clock - _stamps![i]) * _weights![i];
        _stamps[i] = _clock;
        _weights[i] += delta;
    }

    /// <summary>A read-only averaged copy; training can continue on this model.</summary>
    public AveragedPerceptron Snapshot(float prune = SyntaxModel.DefaultPrune) => Freeze(Averages(), prune);

    /// <summary>The averaged, read-only model; this training model should be dropped afterwards.</summary>
    public AveragedPerceptron Average(float prune = SyntaxModel.DefaultPrune)
    {
        var averaged = Freeze(Averages(), prune);
        _weights = null;
        _totals = null;
        _stamps = null;
        return averaged;
    }

    private float[] Averages()
    {
        var weights = _weights ?? throw new InvalidOperationException("The model is already averaged.");
        var clock = Math.Max(1, _clock);
        var result = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var total = _totals![i] + ((double)(_clock - _stamps![i]) * weights[i]);
            result[i] = (float)(total / clock);
        }

        return result;
    }

    private AveragedPerceptron Freeze(float[] dense, float prune)
    {
        var rows = 1 << Bits;
        var starts = new int[rows + 1];
        var classes = new List<byte>();
        var values = new List<float>();
        for (var r = 0; r < rows; r++)
        {
            starts[r] = values.Count;
            for (var c = 0; c < Classes; c++)
            {
                var w = dense[(r * Classes) + c];
                if (Math.Abs(w) >= prune)
                {
                    classes.Add((byte)c);
                    values.Add((float)(Half)w);
                }
            }
        }

        starts[rows] = values.Count;
        return new AveragedPerceptron(Classes, Bits, starts, [.. classes], [.. values]);
    }

    /// <summary>Writes an averaged model sparsely: each non-empty row as a row-number delta, a count, and (class, float16) pairs.</summary>
    public void Write(BinaryWriter writer)
    {
        var starts = _rowStart ?? throw new InvalidOperationException("Average the model before writing it.");
        writer.Write(Classes);
        writer.Write(Bits);
        var previous = -1;
        for (var r = 0; r < starts.Length - 1; r++)
        {
            var n = starts[r + 1] - starts[r];
            if (n == 0)
            {
                continue;
            }

            writer.Write7BitEncodedInt(r - previous);
            previous = r;
            writer.Write((byte)n);
            for (var k = starts[r]; k < starts[r + 1]; k++)
            {
                writer.Write(_classes![k]);
                writer.Write((Half)_values![k]);
            }
        }

        writer.Write7BitEncodedInt(0); // end of rows
    }

    /// <summary>Reads weights written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">When the content is inconsistent.</exception>
    /// <exception cref="EndOfStreamException">When the content is truncated.</exception>
    public static AveragedPerceptron Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var bits = reader.ReadInt32();
        if (classes is < 1 or > 255 || bits is < 4 or > 24)
        {
            throw new InvalidDataException($"weights have {classes} classes and {bits} bits; expected 1-255 classes and 4-24 bits.");
        }

        var rows = 1 << bits;
        var starts = new int[rows + 1];
        var ids = new List<byte>();
        var values = new List<float>();
        var r = -1;
        var filled = 0;
        while (true)
        {
            var delta = reader.Read7BitEncodedInt();
            if (delta == 0)
            {
                break;
            }

            r += delta;
            if (delta < 0 || r >= rows)
            {
                throw new InvalidDataException($"weight row {r} is outside 0..{rows - 1}.");
            }

            for (; filled <= r; filled++)
            {
                starts[filled] = values.Count;
            }

            int n = reader.ReadByte();
            var last = -1;
            for (var k = 0; k < n; k++)
            {
                int c = reader.ReadByte();
                var v = (float)reader.ReadHalf();
                if (c >= classes || c <= last)
                {
                    throw new InvalidDataException($"weight class {c} in row {r} is out of order or outside 0..{classes - 1}.");
                }

                last = c;
                ids.Add((byte)c);
                values.Add(v);
            }
        }

        for (; filled <= rows; filled++)
        {
            starts[filled] = values.Count;
        }

        return new AveragedPerceptron(classes, bits, starts, [.. ids], [.. values]);
    }
}
