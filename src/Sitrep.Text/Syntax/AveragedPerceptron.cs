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
    private readonly float[] _weights;
    private double[]? _totals;
    private int[]? _stamps;
    private int _clock;

    /// <summary>Creates an all-zero model for training.</summary>
    public AveragedPerceptron(int classes, int bits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 4);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 24);
        Classes = classes;
        Bits = bits;
        _weights = new float[(long)classes << bits];
        _totals = new double[_weights.Length];
        _stamps = new int[_weights.Length];
    }

    private AveragedPerceptron(int classes, int bits, float[] weights)
    {
        Classes = classes;
        Bits = bits;
        _weights = weights;
    }

    /// <summary>Number of classes.</summary>
    public int Classes { get; }

    /// <summary>log2 of the number of rows.</summary>
    public int Bits { get; }

    /// <summary>The row of a feature hash.</summary>
    public int Row(ulong hash) => (int)(hash >> (64 - Bits));

    /// <summary>Adds the weights of <paramref name="rows"/> for classes <c>from .. from+scores.Length</c> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<int> rows, Span<float> scores, int from)
    {
        scores.Clear();
        var count = scores.Length;
        var vectorised = Vector<float>.Count <= count ? count - (count % Vector<float>.Count) : 0;
        var sv = MemoryMarshal.Cast<float, Vector<float>>(scores[..vectorised]);
        foreach (var row in rows)
        {
            var w = _weights.AsSpan((row * Classes) + from, count);
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

    /// <summary>Advances the clock without an update (a correct prediction still counts for the average).</summary>
    public void Tick() => _clock++;

    private void Step(double[] totals, int i, float delta)
    {
        totals[i] += (double)(_clock - _stamps![i]) * _weights[i];
        _stamps[i] = _clock;
        _weights[i] += delta;
    }

    /// <summary>A read-only copy holding the averages so far; training can continue on this model.</summary>
    public AveragedPerceptron Snapshot()
    {
        var copy = new AveragedPerceptron(Classes, Bits, (float[])_weights.Clone()) { _totals = (double[])_totals!.Clone(), _stamps = (int[])_stamps!.Clone(), _clock = _clock };
        copy.Average();
        return copy;
    }

    /// <summary>Replaces each weight with its average over all steps; the model becomes read-only.</summary>
    public void Average()
    {
        var totals = _totals ?? throw new InvalidOperationException("The model is already averaged.");
        var clock = Math.Max(1, _clock);
        for (var i = 0; i < _weights.Length; i++)
        {
            var total = totals[i] + ((double)(_clock - _stamps![i]) * _weights[i]);
            _weights[i] = (float)(total / clock);
        }

        _totals = null;
        _stamps = null;
    }

    /// <summary>
    /// Writes the averaged weights sparsely: rows with a weight of magnitude ≥ <paramref name="prune"/>, each as a
    /// row-number delta, a count, and (class, float16) pairs.
    /// </summary>
    public void Write(BinaryWriter writer, float prune)
    {
        if (_totals is not null)
        {
            throw new InvalidOperationException("Average the model before writing it.");
        }

        writer.Write(Classes);
        writer.Write(Bits);
        var rows = 1 << Bits;
        var previous = -1;
        Span<byte> kept = stackalloc byte[Classes];
        for (var r = 0; r < rows; r++)
        {
            var w = _weights.AsSpan(r * Classes, Classes);
            var n = 0;
            for (var c = 0; c < Classes; c++)
            {
                if (Math.Abs(w[c]) >= prune)
                {
                    kept[n++] = (byte)c;
                }
            }

            if (n == 0)
            {
                continue;
            }

            writer.Write7BitEncodedInt(r - previous);
            previous = r;
            writer.Write((byte)n);
            foreach (var c in kept[..n])
            {
                writer.Write(c);
                writer.Write((Half)w[c]);
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

        var weights = new float[(long)classes << bits];
        var rows = 1 << bits;
        var r = -1;
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

            int n = reader.ReadByte();
            for (var k = 0; k < n; k++)
            {
                int c = reader.ReadByte();
                var v = (float)reader.ReadHalf();
                if (c >= classes)
                {
                    throw new InvalidDataException($"weight class {c} is outside 0..{classes - 1}.");
                }

                weights[(r * classes) + c] = v;
            }
        }

        return new AveragedPerceptron(classes, bits, weights);
    }
}
