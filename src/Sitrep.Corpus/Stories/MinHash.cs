using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Sitrep.Corpus.Stories;

/// <summary>
/// MinHash signatures (Broder 1997) over shingle hashes: the i-th value is the least of h_i over the set, where h_i is a
/// multiply-shift hash with its own odd multiplier; two sets agree on a value with probability equal to their Jaccard
/// similarity. The functions are fixed by a constant seed, so signatures are comparable across runs and stores.
/// </summary>
public static class MinHash
{
    private const ulong Seed = 0x5DEECE66DUL;

    /// <summary>The signature of a shingle set: <paramref name="length"/> minimum hashes (32 bits each).</summary>
    /// <param name="shingles">Shingle hashes (<see cref="WordShingles"/>), any order; duplicates change nothing.</param>
    /// <param name="length">Number of hash functions, 1 or more.</param>
    /// <returns>All <see cref="uint.MaxValue"/> for an empty set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="length"/> is below 1.</exception>
    public static ImmutableArray<uint> Signature(ReadOnlySpan<ulong> shingles, int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var (a, b) = Functions(length);
        var min = new uint[length];
        Array.Fill(min, uint.MaxValue);
        foreach (var x in shingles)
        {
            for (var i = 0; i < length; i++)
            {
                // Multiply-shift (Dietzfelbinger et al.): the high 32 bits of a*x + b, a odd, are a universal hash of x.
                var h = (uint)(((a[i] * x) + b[i]) >> 32);
                if (h < min[i])
                {
                    min[i] = h;
                }
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(min);
    }

    /// <summary>The share of positions where two signatures agree: an unbiased estimate of the Jaccard similarity.</summary>
    /// <exception cref="ArgumentException">When the signatures differ in length.</exception>
    public static double Estimate(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"Signatures of {a.Length} and {b.Length} values cannot be compared.", nameof(b));
        }

        if (a.Length == 0)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return (double)same / a.Length;
    }

    /// <summary>The exact Jaccard similarity of two sorted sets of distinct hashes (as <see cref="WordShingles.Of(string, int)"/> gives).</summary>
    /// <returns>|A ∩ B| / |A ∪ B|; 1 for two empty sets.</returns>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        var common = Common(a, b);
        return (double)common / (a.Length + b.Length - common);
    }

    /// <summary>How many values two sorted sets of distinct hashes share (the shingles two texts have in common).</summary>
    /// <param name="a">Sorted distinct values.</param>
    /// <param name="b">Sorted distinct values.</param>
    public static int Common(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }

    // SplitMix64 gives the multipliers (made odd) and offsets.
    // The functions of the last length asked for (every signature of a store has the same length), held in one
    // object so a thread reads both arrays of one length.
    private static HashFunctions? s_functions;

    private static (ulong[] A, ulong[] B) Functions(int length)
    {
        var functions = s_functions;
        if (functions is null || functions.A.Length != length)
        {
            var (a, b) = Make(length);
            s_functions = functions = new HashFunctions(a, b);
        }

        return (functions.A, functions.B);
    }

    private sealed record HashFunctions(ulong[] A, ulong[] B);

    private static (ulong[] A, ulong[] B) Make(int length)
    {
        var a = new ulong[length];
        var b = new ulong[length];
        var state = Seed;
        for (var i = 0; i < length; i++)
        {
            a[i] = Next(ref state) | 1UL;
            b[i] = Next(ref state);
        }

        return (a, b);
    }

    private static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
