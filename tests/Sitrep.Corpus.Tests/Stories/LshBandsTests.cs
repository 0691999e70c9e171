using Sitrep.Corpus.Stories;

namespace Sitrep.Corpus.Tests.Stories;

[Trait("Issue", "10")]
public sealed class LshBandsTests
{
    [Fact]
    public void Keys_OneBandDiffers_OtherKeysEqual()
    {
        var signature = Enumerable.Range(0, 100).Select(i => (uint)i).ToArray();
        var changed = (uint[])signature.Clone();
        changed[7] = 999; // row 1 of band 3 (rows of 2)
        var a = LshBands.Keys(signature, 50, 2);
        var b = LshBands.Keys(changed, 50, 2);
        Assert.Equal(Enumerable.Range(0, 50).Where(i => i != 3), Enumerable.Range(0, 50).Where(i => a[i] == b[i]));
    }

    [Fact]
    public void Keys_SameRowsInAnotherBand_OtherKey()
    {
        var signature = new uint[] { 1, 2, 1, 2 };
        var keys = LshBands.Keys(signature, 2, 2);
        Assert.NotEqual(keys[0], keys[1]);
    }

    [Theory]
    [InlineData(0.3, 0.99)]
    [InlineData(0.4, 0.999)]
    [InlineData(0.5, 0.9999)]
    public void CandidateProbability_DefaultsAtTheThresholdAndAbove_High(double jaccard, double least) =>
        Assert.True(StoryOptions.Default.CandidateProbability(jaccard) >= least);

    [Fact]
    public void CandidateProbability_UnrelatedTexts_Low() => Assert.True(StoryOptions.Default.CandidateProbability(0.05) < 0.15);

    [Fact]
    public void Candidates_PairsAtHalfJaccard_AlmostAllShareABand()
    {
        // 200 pairs of shingle sets at Jaccard 0.5 (200 shared, 100 of each own: 200/400): P(0.5) is 0.99999.
        var options = StoryOptions.Default;
        var found = 0;
        for (var p = 0; p < 200; p++)
        {
            var baseOf = (ulong)p << 32;
            var shared = Enumerable.Range(0, 200).Select(i => Mix(baseOf + (ulong)i));
            var a = shared.Concat(Enumerable.Range(200, 100).Select(i => Mix(baseOf + (ulong)i))).ToArray();
            var b = shared.Concat(Enumerable.Range(300, 100).Select(i => Mix(baseOf + (ulong)i))).ToArray();
            var ka = LshBands.Keys(MinHash.Signature(a, options.SignatureLength).AsSpan(), options.Bands, options.Rows);
            var kb = LshBands.Keys(MinHash.Signature(b, options.SignatureLength).AsSpan(), options.Bands, options.Rows);
            found += Enumerable.Range(0, options.Bands).Any(i => ka[i] == kb[i]) ? 1 : 0;
        }

        Assert.True(found >= 198, $"{found} of 200 pairs at Jaccard 0.5 became candidates");
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
