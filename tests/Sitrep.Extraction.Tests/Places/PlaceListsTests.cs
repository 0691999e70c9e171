using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Gazetteers;
using Sitrep.Extraction.Places;
using Sitrep.Text;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// Coordinated place names are of one kind (<see cref="PlaceLists"/>). Constructed gazetteer with GeoNames' ids, kinds
/// and populations: India's states Tamil Nadu, Karnataka and Kerala, and Puducherry, which names a union territory, its
/// capital (a seat of 657,209, so alone the name means the city) and a district.
/// </summary>
public sealed class PlaceListsTests
{
    private const int PuducherryTerritory = 1259424;
    private const int PuducherryCity = 1259425;

    private static readonly Lazy<Pipeline> Pipeline = new(() => GeoTestKit.PipelineOver(Build()));

    private static Gazetteer Build()
    {
        var b = new GazetteerBuilder();
        var india = b.Add(new GazetteerPlace(1269750, "India", 22, 79, "PCLI", "IN", null, 0) { LocalKey = "iso:IN" });
        b.SetBounds(india, new GeoBox(68, 6.5, 97.4, 35.5));
        b.AddCountryCodes("IN", "IND");
        b.Add(new GazetteerPlace(1255053, "Tamil Nadu", 11, 78, "ADM1", "IN", "25", 0));
        b.Add(new GazetteerPlace(1267701, "Karnataka", 13.5, 76, "ADM1", "IN", "19", 0));
        b.Add(new GazetteerPlace(1267254, "Kerala", 10.4, 76.4, "ADM1", "IN", "13", 0));
        b.Add(new GazetteerPlace(PuducherryTerritory, "Puducherry", 11.9416, 79.8083, "ADM1", "IN", "22", 0));
        b.Add(new GazetteerPlace(PuducherryCity, "Puducherry", 11.9338, 79.8298, "PPLA", "IN", "22", 657_209));
        b.Add(new GazetteerPlace(1259426, "Puducherry", 11.9338, 79.8298, "ADM2", "IN", "22", 0) { Admin2 = "635" });
        return b.Build("list test gazetteer");
    }

    private static ResolvedPlace Place(string text, string name) =>
        Pipeline.Value.Process(new Document("t", text)).Places.First(p => p.Text == name);

    [Theory]
    [InlineData("The committee will share the river water among Tamil Nadu, Karnataka, Kerala and Puducherry.")]
    [InlineData("The committee will share the river water among Tamil Nadu, Karnataka, Kerala, and Puducherry.")]
    [InlineData("The committee will share the river water among Puducherry, Tamil Nadu and Kerala.")]
    public void Resolve_NameListedWithDivisions_IsTheDivision(string text)
    {
        var place = Place(text, "Puducherry");
        Assert.Equal(PuducherryTerritory, place.GeonameId);
        Assert.Contains("listed with first-level divisions", place.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The minister flew to Puducherry on Monday to meet officials.")]
    [InlineData("Officials of Tamil Nadu met in Puducherry on Monday.")]
    [InlineData("Officials of Tamil Nadu and Puducherry met on Monday.")]
    public void Resolve_NameOutsideAListOfDivisions_KeepsThePriorsChoice(string text) =>
        Assert.Equal(PuducherryCity, Place(text, "Puducherry").GeonameId);
}
