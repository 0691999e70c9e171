using static Sitrep.Extraction.Tests.Places.GeoTestKit;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>Where a place name starts and ends: its whole name when the entity layer took only a word of it ("Side" of "the Near West Side"), and a place in the possessive apart from what it holds.</summary>
public sealed class PlaceNameExtentTests
{
    [Fact]
    public void Find_WordsBeforeAMentionThatCompleteAPlaceName_BelongToIt()
    {
        var doc = Geocode("He was stabbed in an alley in the 400 block of North Street on the Near West Side. Police said so.");
        var place = Assert.Single(doc.Places, p => p.Text.EndsWith("Side", StringComparison.Ordinal));
        Assert.Equal("Near West Side", place.Text);
        Assert.Equal(90_000_008, place.GeonameId);
    }

    [Fact]
    public void Find_WordsThatMakeNoPlaceName_StayOutside()
    {
        var doc = Geocode("Crowds gathered in London and Slough on Saturday.");
        Assert.Equal(2638077, Assert.Single(Named(doc, "Slough")).GeonameId);
        Assert.Equal(2643743, Assert.Single(Named(doc, "London")).GeonameId);
    }

    [Fact]
    public void Find_PlaceInThePossessiveBeforeAFacility_IsAPlaceOfItsOwnHoldingIt()
    {
        var doc = Geocode("Two officials came from Slough's Queensmere Shopping Centre on Friday.");
        Assert.Equal(2638077, Assert.Single(Named(doc, "Slough")).GeonameId);
        var centre = Assert.Single(doc.Places, p => p.Text.Contains("Queensmere", StringComparison.Ordinal));
        Assert.Equal("Queensmere Shopping Centre", centre.Text);
        Assert.StartsWith("within Slough", centre.Rule, StringComparison.Ordinal);
    }
}
