using System.Collections.Immutable;

namespace Sitrep.Corpus.Stories;

/// <summary>
/// What the stories index keeps of a text: its shingles (for exact Jaccard), MinHash signature, LSH band keys and fact
/// profile (for the template rule). Computed once per text by <see cref="Of"/>.
/// </summary>
/// <param name="Shingles">Distinct shingle hashes, sorted (<see cref="WordShingles"/>).</param>
/// <param name="Signature">MinHash signature of <see cref="StoryOptions.SignatureLength"/> values.</param>
/// <param name="BandKeys">One LSH key per band; empty for a text without words (it can only be an exact copy).</param>
/// <param name="Facts">The text's words with their kinds.</param>
public sealed record StoryFingerprint(ImmutableArray<ulong> Shingles, ImmutableArray<uint> Signature, ImmutableArray<long> BandKeys, FactProfile Facts)
{
    /// <summary>The fingerprint of <paramref name="text"/> under <paramref name="options"/>.</summary>
    public static StoryFingerprint Of(string text, StoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var shingles = WordShingles.Of(text, options.ShingleSize);
        var signature = MinHash.Signature(shingles.AsSpan(), options.SignatureLength);
        var keys = shingles.IsEmpty ? [] : LshBands.Keys(signature.AsSpan(), options.Bands, options.Rows);
        return new StoryFingerprint(shingles, signature, keys, FactTokens.Of(text));
    }
}
