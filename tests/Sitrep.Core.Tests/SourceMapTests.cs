using Sitrep.Core.Model;

namespace Sitrep.Core.Tests;

public sealed class SourceMapTests
{
    [Fact]
    public void ToOriginal_InsideSegment_MapsExactly()
    {
        var map = new SourceMap([new SourceSegment(0, 10, 5), new SourceSegment(7, 40, 3)]);
        Assert.Equal(12, map.ToOriginal(2));
        Assert.Equal(41, map.ToOriginal(8));
    }

    [Fact]
    public void ToOriginal_InSynthesisedGap_MapsToPreviousSegmentEnd()
    {
        var map = new SourceMap([new SourceSegment(0, 10, 5), new SourceSegment(7, 40, 3)]);
        Assert.Equal(15, map.ToOriginal(6));
    }

    [Fact]
    public void Constructor_OverlappingSegments_Throws() =>
        Assert.Throws<ArgumentException>(() => new SourceMap([new SourceSegment(0, 0, 5), new SourceSegment(3, 9, 2)]));
}
