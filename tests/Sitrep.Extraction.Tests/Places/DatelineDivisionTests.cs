using static Sitrep.Extraction.Tests.Places.GeoTestKit;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>The division a dateline's qualifier names ("SPOKANE, Wash. —") is what the body's bare name of it means.</summary>
public sealed class DatelineDivisionTests
{
    [Fact]
    public void Resolve_BareNameOfTheDatelinesDivision_IsTheDivision()
    {
        var doc = Geocode("SPOKANE, Wash. — The crews spent the week at home in Washington. Their trucks came from Arlington.");
        Assert.All(Named(doc, "Washington"), p => Assert.Equal(5815135, p.GeonameId));
        Assert.NotEmpty(Named(doc, "Washington"));
    }

    [Fact]
    public void Resolve_BareNameWithoutSuchADateline_KeepsTheCapital()
    {
        var doc = Geocode("The crews spent the week at home in Washington. Their trucks came from Arlington.");
        Assert.Equal(4140963, Assert.Single(Named(doc, "Washington")).GeonameId);
    }
}
