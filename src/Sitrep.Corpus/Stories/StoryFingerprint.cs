using System.Collections.Immutable;

namespace Sitrep.Corpus.Stories;

/// <summary>
/// What the stories index keeps of a text: its shingles (for exact Jaccard), MinHash signature, LSH band keys and fact
/// profile (for the template rule). Computed once per text by <see cref="Of"/>; the fact profile when first asked for,
/// since only a pair that reaches the Jaccard threshold is compared by its facts (most new texts match nothing).
/// Immutable: every value is a function of the text and the options.
/// </summary>
public sealed class StoryFingerprint
{
    private readonly Lazy<FactProfile> _facts;

    private StoryFingerprint(ImmutableArray<ulong> shingles, ImmutableArray<uint> signature, ImmutableArray<long> bandKeys, Func<FactProfile> facts)
    {
        Shingles = shingles;
        Signature = signature;
        BandKeys = bandKeys;
        _facts = new Lazy<FactProfile>(facts);
    }

    /// <summary>Distinct shingle hashes, sorted (<see cref="WordShingles"/>).</summary>
    public ImmutableArray<ulong> Shingles { get; }

    /// <summary>MinHash signature of <see cref="StoryOptions.SignatureLength"/> values.</summary>
    public ImmutableArray<uint> Signature { get; }

    /// <summary>One LSH key per band; empty for a text without words (it can only be an exact copy).</summary>
    public ImmutableArray<long> BandKeys { get; }

    /// <summary>The text's words with their kinds (<see cref="FactTokens"/>), read when first asked for.</summary>
    public FactProfile Facts => _facts.Value;

    /// <summary>The fingerprint of <paramref name="text"/> under <paramref name="options"/>.</summary>
    public static StoryFingerprint Of(string text, StoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var shingles = WordShingles.Of(text, options.ShingleSize);
        var signature = MinHash.Signature(shingles.AsSpan(), options.SignatureLength);
        var keys = shingles.IsEmpty ? [] : LshBands.Keys(signature.AsSpan(), options.Bands, options.Rows);
        return new StoryFingerprint(shingles, signature, keys, () => FactTokens.Of(text));
    }
}
