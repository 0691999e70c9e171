using CsCheck;
using Sitrep.Core.Model;
using Sitrep.Extraction.Places;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>Issue 9 point 1: the indexed nearest locality answers exactly as the scan over every place it replaces.</summary>
public sealed class NearestSpansTests
{
    private static readonly long[] Penalties = [0, int.MaxValue, 2L * int.MaxValue, 3L * int.MaxValue];

    private static readonly Gen<TextSpan> Span = Gen.Select(Gen.Int[0, 60], Gen.Int[0, 8]).Select((start, length) => new TextSpan(start, start + length));

    private static readonly Gen<(TextSpan, long)> Candidate = Gen.Select(Span, Gen.Int[0, Penalties.Length - 1]).Select((span, p) => (span, Penalties[p]));

    [Fact]
    public void Nearest_RandomSpans_SameAsScan() =>
        Gen.Select(Candidate.Array[0, 30], Span.Array[1, 10]).Sample((candidates, targets) =>
        {
            var index = new NearestSpans(candidates);
            foreach (var target in targets)
            {
                Assert.Equal(NearestSpans.Scan(candidates, target), index.Nearest(target));
            }
        }, iter: 5000);

    [Theory]
    [InlineData(20, 25, 0)] // "Harare … Third Street": the place before wins at 5 over the one after at 2 × 10.
    [InlineData(40, 44, 1)] // after both: the nearer (later) one before it.
    [InlineData(0, 2, 0)] // before both: the first after it.
    [InlineData(12, 13, 0)] // inside the first: distance 0.
    public void Nearest_Examples(int start, int end, int expected)
    {
        (TextSpan, long)[] candidates = [(new TextSpan(10, 15), 0), (new TextSpan(35, 38), 0), (new TextSpan(50, 55), int.MaxValue)];
        Assert.Equal(expected, new NearestSpans(candidates).Nearest(new TextSpan(start, end)));
    }

    [Fact]
    public void Nearest_NoCandidates_MinusOne() =>
        Assert.Equal(-1, new NearestSpans([]).Nearest(new TextSpan(3, 4)));
}
