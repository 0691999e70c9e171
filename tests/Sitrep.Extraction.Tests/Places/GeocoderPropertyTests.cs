using CsCheck;
using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Places.GeoTestKit;

namespace Sitrep.Extraction.Tests.Places;

public sealed class GeocoderPropertyTests
{
    private static readonly string[] Words =
    [
        "CAIRO", "–", "Tripoli", ",", "Lebanon", "eastern", "Libya", "north-east", "Syria", "in", "at", "the", "Paris", "Texas", "Va.", "N.J.",
        "Washington", "Denzel", "said", "Libyan", "Misrata", "Hospital", "Street", "County", "and", "Herzegovina", "Bosnia", "(", ")", ".", "\n\n",
        "Ankara", "Turkey", "’s", "Zorbantia", "St.", "Louis", "WASHINGTON", "Mişrātah", "Airport", "of", "University",
    ];

    private static void AssertWellFormed(Document doc)
    {
        var end = 0;
        foreach (var p in doc.Places)
        {
            Assert.True(p.Span.Start >= end, "places must be sorted and disjoint");
            Assert.True(p.Span.End <= doc.Text.Length && !p.Span.IsEmpty);
            Assert.Equal(doc.TextOf(p.Span), p.Text);
            Assert.InRange(p.Confidence, 0, 1);
            Assert.Equal(p.Latitude is null, p.Longitude is null);
            Assert.True(p.Candidates.Length <= 3);
            end = p.Span.End;
        }
    }

    [Fact]
    public void Geocode_ArbitraryUnicode_NeverThrowsAndPlacesAreWellFormed() =>
        Gen.String.Sample(text => AssertWellFormed(Geocode(text)), iter: 300);

    private static readonly Lazy<Sitrep.Core.Pipeline.Pipeline> Default = new(() => SitrepPipelines.CreateDefault(Sitrep.Extraction.Tests.Entities.EntityTestKit.Catalog));

    [Fact]
    public void DefaultPipeline_PlaceLikeText_PlacesAreWellFormed() =>
        Gen.Int[0, Words.Length - 1].Array[1, 60]
            .Select(ix => string.Join(' ', ix.Select(i => Words[i])))
            .Sample(text => AssertWellFormed(Default.Value.Process(new Document("p", text))), iter: 200);

    [Fact]
    public void Geocode_PlaceLikeText_PlacesAreWellFormed() =>
        Gen.Int[0, Words.Length - 1].Array[1, 60]
            .Select(ix => string.Join(' ', ix.Select(i => Words[i])))
            .Sample(text => AssertWellFormed(Geocode(text)), iter: 500);
}
