using Sitrep.Corpus.Stories;

namespace Sitrep.Corpus.Tests.Stories;

[Trait("Issue", "10")]
public sealed class MinHashTests
{
    private static ulong[] Set(int from, int to) => [.. Enumerable.Range(from, to - from).Select(i => (ulong)i * 0x9E3779B97F4A7C15UL)];

    [Fact]
    public void Signature_SameSetAnyOrder_SameSignature()
    {
        var set = Set(0, 200);
        var reversed = set.Reverse().ToArray();
        Assert.Equal(MinHash.Signature(set, 100).AsEnumerable(), MinHash.Signature(reversed, 100).AsEnumerable());
    }

    [Theory]
    [InlineData(1000, 2000, 0.0)]
    [InlineData(500, 1500, 1.0 / 3)]
    [InlineData(200, 1200, 2.0 / 3)]
    public void Estimate_KnownOverlap_WithinFourStandardErrors(int from, int to, double jaccard)
    {
        var a = Set(0, 1000);
        var b = Set(from, to);
        Assert.Equal(jaccard, MinHash.Jaccard([.. a.Order()], [.. b.Order()]), 6);
        var estimate = MinHash.Estimate(MinHash.Signature(a, 400).AsSpan(), MinHash.Signature(b, 400).AsSpan());
        Assert.InRange(estimate, jaccard - (4 * Math.Sqrt(0.25 / 400)), jaccard + (4 * Math.Sqrt(0.25 / 400)));
    }

    [Fact]
    public void Jaccard_TwoEmptySets_One() => Assert.Equal(1, MinHash.Jaccard([], []));

    [Fact]
    public void Estimate_DifferentLengths_Throws() =>
        Assert.Throws<ArgumentException>(() => MinHash.Estimate(new uint[3], new uint[4]));
}
