using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>Issue 8 point 4: the geocoder finds the places of lower-case and all-caps reports, with the default gazetteer.</summary>
[Trait("Issue", "8")]
public sealed class CaselessPlaceTests
{
    private const string Report =
        "ahmedabad: violence spread to vadodara on thursday, a day after a mob set fire to a train near godhra station. "
        + "the police said the curfew in the walled city areas of ahmedabad would stay. the state government of gujarat "
        + "asked the centre for more army units, officials said.";

    private static Document Geocode(string text) => Default.Process(new Document("t", text, new DocumentMetadata { Date = new DateOnly(2002, 3, 1) }));

    [Theory]
    [InlineData("ahmedabad")]
    [InlineData("vadodara")]
    [InlineData("godhra")]
    [InlineData("gujarat")]
    public void Resolve_LowerCaseReport_FindsTheIndianPlace(string name)
    {
        var places = Geocode(Report).Places.Where(p => p.Text == name).ToList();
        Assert.NotEmpty(places);
        Assert.All(places, p => Assert.Equal("IN", p.Country));
    }

    [Fact]
    public void Resolve_AllCapsReport_FindsTheSamePlaces()
    {
        var lower = Geocode(Report).Places.Where(p => p.IsResolved).Select(p => (p.Span, p.GeonameId)).ToList();
        var upper = Geocode(Report.ToUpperInvariant()).Places.Where(p => p.IsResolved).Select(p => (p.Span, p.GeonameId)).ToList();
        Assert.Equal(lower, upper);
    }

    [Fact]
    public void Resolve_LowerCaseCommonWordsThatNamePlaces_AreNoPlaces()
    {
        var doc = Geocode("the police seized mobile phones after reading the note, and the mood in the city was nice again, officials said.");
        Assert.DoesNotContain(doc.Places, p => p.Role != PlaceRole.NotAPlace);
    }
}
