using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Places.GeoTestKit;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// "Facility, Town": a facility the gazetteer lacks is qualified by its town, however small, and a division of the same
/// name elsewhere gets no help from standing after the comma.
/// </summary>
public sealed class FacilityQualifierTests
{
    [Fact]
    public void Resolve_SmallTownAfterAFacility_IsItsOwnPlace()
    {
        var doc = Geocode("The grants cover the Castle Hotel, Kinnitty, and a hall in Dublin.");
        var town = Assert.Single(Named(doc, "Kinnitty"));
        Assert.Equal(90_000_006, town.GeonameId);
        var hotel = Assert.Single(doc.Places, p => p.Text.StartsWith("Castle Hotel", StringComparison.Ordinal));
        Assert.Equal("Castle Hotel", hotel.Text);
        Assert.StartsWith("within Kinnitty", hotel.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_TownAfterAFacilityInTheDocumentsCountry_IsNotTheDivisionAbroad()
    {
        // Delta is a Nigerian state and a Utah town 50 km from Fillmore: after "Star Theatre," it is the town.
        var doc = Geocode("Energy audits will be undertaken on the following buildings: Fillmore Institute; Grand Hotel, Fillmore; Star Theatre, Delta; Fillmore Town Hall.");
        Assert.Equal(90_000_003, Assert.Single(Named(doc, "Delta")).GeonameId);
        Assert.Equal(90_000_007, Assert.Single(Named(doc, "Fillmore")).GeonameId);
    }

    [Fact]
    public void Resolve_DivisionAfterATown_StillQualifiesIt()
    {
        // The qualifier rule itself stands for a head the gazetteer holds: "Paris, Texas" is the Texan Paris.
        var doc = Geocode("The Market Theatre opened in Paris, Texas, on Friday.");
        Assert.Equal(4717560, Assert.Single(Named(doc, "Paris")).GeonameId);
        Assert.Equal(4736286, Assert.Single(Named(doc, "Texas")).GeonameId);
    }
}
