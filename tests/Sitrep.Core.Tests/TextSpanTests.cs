using Sitrep.Core.Model;

namespace Sitrep.Core.Tests;

public sealed class TextSpanTests
{
    [Fact]
    public void Constructor_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 4));

    [Fact]
    public void Of_HalfOpen_ExcludesEnd() => Assert.Equal("bc", new TextSpan(1, 3).Of("abcd"));

    [Theory]
    [InlineData(0, 2, 2, 4, false)]
    [InlineData(0, 3, 2, 4, true)]
    [InlineData(2, 4, 0, 3, true)]
    [InlineData(1, 1, 0, 3, false)]
    public void Overlaps_Table(int s1, int e1, int s2, int e2, bool expected) =>
        Assert.Equal(expected, new TextSpan(s1, e1).Overlaps(new TextSpan(s2, e2)));

    [Fact]
    public void Union_CoversBoth() => Assert.Equal(new TextSpan(1, 9), new TextSpan(4, 9).Union(new TextSpan(1, 2)));
}
