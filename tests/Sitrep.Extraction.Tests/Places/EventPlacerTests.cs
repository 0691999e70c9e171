using Sitrep.Core.Model;
using Sitrep.Extraction.Places;
using static Sitrep.Extraction.Tests.Places.GeoTestKit;

namespace Sitrep.Extraction.Tests.Places;

public sealed class EventPlacerTests
{
    private const string Text = "CAIRO – Fighting went on in Libya. Haftar forces shelled Tripoli and Misrata on Monday, while talks in Cairo stalled. Officials met again.";

    private static readonly Document Doc = Geocode(Text);

    private static TextSpan Span(string part)
    {
        var start = Text.IndexOf(part, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }

    [Fact]
    public void Place_PlaceInClause_IsTheTownWithCityPrecision()
    {
        var place = EventPlacer.Place(Doc, Span("Haftar forces shelled Tripoli and Misrata on Monday"), Span("Haftar forces shelled Tripoli and Misrata on Monday, while talks in Cairo stalled."));
        Assert.NotNull(place);
        Assert.Equal(2210247, place.Place.GeonameId);
        Assert.Equal(GeoPrecision.City, place.Precision);
        Assert.Equal("clause", place.Rule);
    }

    [Fact]
    public void Place_NamePlacedOnlyNearTheLocality_LocatesTheEventToTheRegion()
    {
        const string text = "Police in Harare fired tear gas on Monday. Vendors clashed with police on Third Street.";
        var doc = Geocode(text);
        var sentence = new TextSpan(text.IndexOf("Vendors", StringComparison.Ordinal), text.Length);
        var place = EventPlacer.Place(doc, sentence, sentence);
        Assert.NotNull(place);
        Assert.True(place.Place.IsApproximate);
        Assert.Equal(GeoPrecision.Region, place.Precision);
    }

    [Fact]
    public void Place_NoPlaceInClause_TakesTheSentencesPlaceAfterALocative()
    {
        var place = EventPlacer.Place(Doc, Span("talks"), Span("Haftar forces shelled Tripoli and Misrata on Monday, while talks in Cairo stalled."));
        Assert.NotNull(place);
        Assert.Equal("sentence", place.Rule);
        Assert.Equal(360630, place.Place.GeonameId);
    }

    [Fact]
    public void Place_NoPlaceInSentence_IsTheFocusCountryNotTheDateline()
    {
        var place = EventPlacer.Place(Doc, Span("Officials met again."), Span("Officials met again."));
        Assert.NotNull(place);
        Assert.Equal("focus", place.Rule);
        Assert.Equal(GeoPrecision.Country, place.Precision);
        Assert.Equal(2215636, place.Place.GeonameId);
    }

    [Fact]
    public void Place_DocumentWithoutPlaces_IsNull() =>
        Assert.Null(EventPlacer.Place(Geocode("Officials met again."), new TextSpan(0, 5), new TextSpan(0, 20)));

    [Theory]
    [InlineData("PPLC", GeoPrecision.City)]
    [InlineData("PPL", GeoPrecision.City)]
    [InlineData("ADM1", GeoPrecision.Region)]
    [InlineData("RGN", GeoPrecision.Region)]
    [InlineData("PCLI", GeoPrecision.Country)]
    [InlineData(null, GeoPrecision.None)]
    public void Precision_ByFeature(string? feature, GeoPrecision expected) =>
        Assert.Equal(expected, EventPlacer.Precision(new ResolvedPlace(new TextSpan(0, 1), "x", PlaceRole.Mention, null, null, null, null, null, feature, 0, [], "t")));
}
