using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Places.GeoTestKit;

namespace Sitrep.Extraction.Tests.Places;

public sealed class GeocoderTests
{
    [Fact]
    public void Resolve_TripoliInLibyaStory_IsLibyasCapital()
    {
        var doc = Geocode("Fighting spread across Libya on Monday. Forces loyal to the government in Tripoli pushed east toward Benghazi.");
        Assert.All(Named(doc, "Tripoli"), p => Assert.Equal(2210247, p.GeonameId));
    }

    [Fact]
    public void Resolve_TripoliInLebanonStory_IsLebaneseCity()
    {
        var doc = Geocode("Protesters in Lebanon blocked roads in Beirut on Monday. In the northern city of Tripoli, banks stayed closed.");
        var tripoli = Assert.Single(Named(doc, "Tripoli"));
        Assert.Equal(266826, tripoli.GeonameId);
        Assert.Contains(tripoli.Candidates, c => c.GeonameId == 2210247);
    }

    [Theory]
    [InlineData("The mayor of Tripoli, Lebanon, spoke on Monday.", 266826)]
    [InlineData("The festival moved to Paris, Texas, last year.", 4717560)]
    public void Resolve_QualifierInSamePhrase_Wins(string text, long expected)
    {
        var doc = Geocode(text);
        Assert.Contains(doc.Places, p => p.GeonameId == expected);
    }

    [Fact]
    public void Resolve_Exonym_FindsGeoNamesSpelling()
    {
        var doc = Geocode("Drones struck the airport in Misrata on Sunday, officials in Libya said.");
        var misrata = Assert.Single(Named(doc, "Misrata"));
        Assert.Equal(2214846, misrata.GeonameId);
        Assert.Equal("Mişrātah", misrata.Name);
    }

    [Fact]
    public void Resolve_Demonym_IsNoPlace()
    {
        var doc = Geocode("Libyan officials met in Cairo on Monday.");
        Assert.DoesNotContain(doc.Places, p => p.Text == "Libyan" && p.Role != PlaceRole.NotAPlace);
        Assert.Contains(doc.Places, p => p.GeonameId == 360630);
    }

    [Fact]
    public void Resolve_CompassPhrase_IsRegionOfTheCountry()
    {
        var doc = Geocode("Russia may want a naval base in eastern Libya, analysts said.");
        var region = Assert.Single(doc.Places, p => p.Text == "eastern Libya");
        Assert.Equal("RGN", region.Feature);
        Assert.Equal("LY", region.Country);
        var box = Assert.NotNull(region.Bounds);
        Assert.True(box.West >= 17 && box.East <= 25.3, $"box {box}");
        Assert.True(region.Longitude > 17);
    }

    [Fact]
    public void Resolve_Dateline_IsMarkedAndResolved()
    {
        var doc = Geocode("CAIRO – Turkish advisers will arrive in Libya, officials said.");
        var dateline = Assert.Single(doc.Places, p => p.Role == PlaceRole.Dateline);
        Assert.Equal(360630, dateline.GeonameId);
    }

    [Fact]
    public void Resolve_SurnameOfPerson_IsNotAPlace()
    {
        var doc = Geocode("Denzel Washington arrived at the premiere on Monday. Washington said the film was his best.");
        Assert.DoesNotContain(doc.Places, p => p.Text == "Washington" && p.IsResolved);
    }

    [Fact]
    public void Resolve_WashingtonAsGovernment_IsTheCapital()
    {
        var doc = Geocode("Ankara bought Russian missiles last year, despite opposition in Washington.");
        Assert.Equal(4140963, Assert.Single(Named(doc, "Washington")).GeonameId);
    }

    [Fact]
    public void Resolve_Turkey_IsTheCountryNotTheTown()
    {
        var doc = Geocode("Turkey has sent advisers to Libya, officials in Ankara said.");
        Assert.All(Named(doc, "Turkey"), p => Assert.Equal(298795, p.GeonameId));
        Assert.NotEmpty(Named(doc, "Turkey"));
    }

    [Fact]
    public void Resolve_GeorgiaInAtlantaStory_IsTheState()
    {
        var doc = Geocode("Voters in Atlanta lined up for hours. Georgia will certify the result on Friday.");
        Assert.Equal(4197000, Assert.Single(Named(doc, "Georgia")).GeonameId);
    }

    [Fact]
    public void Resolve_AllPlacesUnknown_KeptWithoutCoordinates()
    {
        var doc = Geocode("The convoy left Zorbantia for Quuxville Province, where officials in Blarnsk said it would stay.");
        Assert.NotEmpty(doc.Places);
        Assert.All(doc.Places, p =>
        {
            Assert.False(p.IsResolved);
            Assert.Null(p.GeonameId);
            Assert.Equal(0, p.Confidence);
        });
    }

    [Fact]
    public void Resolve_UnknownStreet_IsNearTheDocumentsLocalityWithoutAnId()
    {
        // ACLED's practice for a place it cannot find: the nearest known town, at lower precision.
        var doc = Geocode("Police in Harare fired tear gas on Monday. Vendors on Third Street said they had lost their stalls.");
        var street = Assert.Single(Named(doc, "Third Street"));
        Assert.True(street.IsResolved);
        Assert.Null(street.GeonameId);
        Assert.Equal("Harare", street.Name);
        Assert.InRange(street.Confidence, 0.01, 0.3);
        Assert.StartsWith("near Harare", street.Rule, StringComparison.Ordinal);
        Assert.True(street.IsApproximate);
    }

    [Fact]
    public void Resolve_UnknownName_NeverPlacedAtALocalityAbroad()
    {
        // The document's places are in Zimbabwe; Washington (a capital, named for its own sake) is no locality for a street.
        var doc = Geocode("Harare and Bulawayo were calm. A ministry in Washington made a statement. Vendors on Third Street went home.");
        var street = Assert.Single(Named(doc, "Third Street"));
        Assert.Equal("ZW", street.Country);
    }

    [Fact]
    public void Resolve_SmallPlaceAbroadFarFromTheOthers_GivesWayToTheLocality()
    {
        // "Delta" is a Nigerian state in the gazetteer, but this story's places are all Egyptian.
        var doc = Geocode("Farmers in Cairo and Alexandria complained of water shortages. In the Delta, fields dried out.");
        var delta = Assert.Single(Named(doc, "Delta"));
        Assert.NotEqual("NG", delta.Country);
        Assert.Contains("far from the document's other places", delta.Rule, StringComparison.Ordinal);
        Assert.Contains(delta.Candidates, c => c.GeonameId == 2565341); // what was set aside stays visible
    }

    [Fact]
    public void Resolve_AmbiguousName_TakesTheCandidateInTheDocumentsCountry()
    {
        var doc = Geocode("Flooding closed roads in Cavan and Dublin on Monday. In Virginia, the river burst its banks.");
        Assert.Equal(2961006, Assert.Single(Named(doc, "Virginia")).GeonameId);
    }

    [Fact]
    public void Resolve_PlaceAbroadThatTheDocumentNamesTheCountryOf_IsKept()
    {
        var doc = Geocode("Farmers in Cairo and Alexandria complained. Nigeria said oil output in Delta fell.");
        Assert.Equal(2565341, Assert.Single(Named(doc, "Delta")).GeonameId);
    }

    [Fact]
    public void Resolve_FacilityNamedForATown_IsInTheTownOfTheDocumentsCountry()
    {
        var doc = Geocode("Crowds gathered in London and Slough on Saturday before the service at Windsor Castle.");
        var castle = Assert.Single(Named(doc, "Windsor Castle"));
        Assert.Equal("GB", castle.Country);
        Assert.StartsWith("within Windsor", castle.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_PossessivePlace_ContainsTheFacility()
    {
        var doc = Geocode("The animals were taken to London's Heathrow Animal Reception Centre on Friday.");
        var centre = Assert.Single(doc.Places, p => p.Text.Contains("Heathrow", StringComparison.Ordinal));
        Assert.Equal("London", centre.Name);
    }

    [Fact]
    public void Find_EmbassyOfACountry_IsNotInThatCountry()
    {
        var doc = Geocode("Protesters gathered outside the Embassy of Libya in Beirut on Monday.");
        Assert.DoesNotContain(doc.Places, p => p.GeonameId == 2215636);
        Assert.Contains(doc.Places, p => p.GeonameId == 276781);
    }

    [Fact]
    public void Find_PlaceNamingAHotel_IsNotThatPlace()
    {
        var doc = Geocode("The buyer is a developer in Harare. They own the adjacent Hotel Bulawayo, which they plan to rebuild.");
        var hotel = Assert.Single(doc.Places, p => p.Text.Contains("Bulawayo", StringComparison.Ordinal));
        Assert.Null(hotel.GeonameId);
        Assert.Equal("Harare", hotel.Name);
    }

    [Fact]
    public void Find_InstitutionWordThatIsAlsoADivision_IsNoPlace()
    {
        // Indian English: "the Centre" is the central government, not France's Centre region.
        var doc = Geocode("Farmers in Paris have asked the Centre to set up the board, and the Centre said it would.");
        Assert.DoesNotContain(doc.Places, p => p.Text == "Centre" && p.IsResolved);
    }

    [Fact]
    public void Find_PeopleName_IsNoPlace()
    {
        var doc = Geocode("Leaders of the Igbo met in Lagos with officials from Nigeria.");
        Assert.DoesNotContain(doc.Places, p => p.Text == "Igbo" && p.IsResolved);
    }

    [Fact]
    public void Resolve_Candidates_AtMostThreeWithShares()
    {
        var doc = Geocode("Officials in Tripoli said talks would resume.");
        var tripoli = Assert.Single(Named(doc, "Tripoli"));
        Assert.InRange(tripoli.Candidates.Length, 1, 3);
        Assert.True(tripoli.Confidence + tripoli.Candidates.Sum(c => c.Score) <= 1.0001);
        Assert.All(tripoli.Candidates, c => Assert.InRange(c.Score, 0, tripoli.Confidence));
    }

    [Fact]
    public void Process_PlacesOrderedInsideText()
    {
        var doc = Geocode("CAIRO – Fighting near Tripoli and Misrata, in eastern Libya and in Lebanon, went on.");
        Assert.Equal(doc.Places.OrderBy(p => p.Span.Start).Select(p => p.Span), doc.Places.Select(p => p.Span));
        Assert.All(doc.Places, p => Assert.Equal(p.Text, doc.TextOf(p.Span)));
        Assert.True(doc.Places.Zip(doc.Places.Skip(1)).All(pair => pair.First.Span.End <= pair.Second.Span.Start));
    }
}
