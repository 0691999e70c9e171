using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>The first-level division a gazetteer place lies in (issue 8 point 7: ACLED's <c>admin1</c>).</summary>
[Trait("Issue", "8")]
public sealed class GazetteerDivisionsTests
{
    [Theory]
    [InlineData(4180439L, "Georgia")] // Atlanta, admin1 GA
    [InlineData(6254928L, "Virginia")] // the state itself
    [InlineData(2961006L, null)] // Virginia, Ireland: admin1 C, no such division in the test gazetteer
    [InlineData(2215636L, null)] // Libya: a country lies in no division
    [InlineData(123L, null)] // not in the gazetteer
    [InlineData(null, null)] // unresolved place
    public void Admin1NameOf_Place_DivisionName(long? geonameId, string? expected) =>
        Assert.Equal(expected, GeoTestKit.Gazetteer.Admin1NameOf(geonameId));
}
