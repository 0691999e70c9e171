using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Gazetteers;
using Sitrep.Extraction.Places;
using Sitrep.Text;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// Issue 9 point 11: a town inside a county the document names is that county's town. Constructed gazetteer: two
/// towns named Fairview in one state, the bigger one in another county, and the county's point as far from both.
/// </summary>
public sealed class CountyContainmentTests
{
    private const int SmallFairview = 90_000_101;
    private const int BigFairview = 90_000_102;

    private static readonly Lazy<Pipeline> Pipeline = new(() => GeoTestKit.PipelineOver(Build()));

    private static Gazetteer Build()
    {
        var b = new GazetteerBuilder();
        var us = b.Add(new GazetteerPlace(6252001, "United States", 38, -97, "PCLI", "US", null, 0) { LocalKey = "iso:US" });
        b.SetBounds(us, new GeoBox(-125, 24, -66, 49.4));
        b.AddCountryCodes("US", "USA");
        b.Add(new GazetteerPlace(SmallFairview, "Fairview", 41.0, -74.0, "PPL", "US", "NJ", 14_000) { Admin2 = "003" });
        b.Add(new GazetteerPlace(BigFairview, "Fairview", 40.0, -74.0, "PPL", "US", "NJ", 20_000) { Admin2 = "025" });
        b.Add(new GazetteerPlace(90_000_103, "Bergen County", 40.5, -74.0, "ADM2", "US", "NJ", 0) { Admin2 = "003" });
        return b.Build("county test gazetteer");
    }

    private static ResolvedPlace Fairview(string text) =>
        Pipeline.Value.Process(new Document("t", text)).Places.First(p => p.Text == "Fairview" && p.GeonameId is SmallFairview or BigFairview);

    [Fact]
    public void Resolve_TownAndTheCountyItIsIn_IsThatCountysTown()
    {
        var place = Fairview("The winning ticket was sold at a gas station in Fairview. Officials in Bergen County confirmed the sale on Monday.");
        Assert.Equal(SmallFairview, place.GeonameId);
        Assert.Contains("in a county or district the document names", place.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_TownWithoutItsCounty_KeepsThePriorsChoice()
    {
        var place = Fairview("The winning ticket was sold at a gas station in Fairview. Officials in the United States confirmed the sale on Monday.");
        Assert.Equal(BigFairview, place.GeonameId);
    }
}
