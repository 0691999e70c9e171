using System.Collections.Immutable;

namespace Sitrep.Corpus.Stories;

/// <summary>
/// Locality-sensitive hashing by banding (Indyk and Motwani; Leskovec, Rajaraman and Ullman, <i>Mining of Massive
/// Datasets</i> ch. 3.4): a signature is cut into bands of consecutive rows and each band hashed to one key; two texts
/// are candidates when they share a key in the same band. See <see cref="StoryOptions"/> for the S-curve.
/// </summary>
public static class LshBands
{
    /// <summary>One key per band (64 bits, as a signed integer for storage).</summary>
    /// <param name="signature">A MinHash signature of at least <paramref name="bands"/> × <paramref name="rows"/> values.</param>
    /// <param name="bands">Number of bands.</param>
    /// <param name="rows">Values per band.</param>
    /// <returns>Key of band i at index i.</returns>
    /// <exception cref="ArgumentException">When the signature is too short.</exception>
    public static ImmutableArray<long> Keys(ReadOnlySpan<uint> signature, int bands, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        if (signature.Length < bands * rows)
        {
            throw new ArgumentException($"A signature of {signature.Length} values has fewer than {bands} bands of {rows} rows.", nameof(signature));
        }

        var keys = new long[bands];
        for (var band = 0; band < bands; band++)
        {
            var h = 14695981039346656037UL ^ (ulong)band;
            for (var r = 0; r < rows; r++)
            {
                h = (h ^ signature[(band * rows) + r]) * 1099511628211UL;
                h ^= h >> 29;
            }

            keys[band] = unchecked((long)h);
        }

        return ImmutableArray.Create(keys);
    }
}
