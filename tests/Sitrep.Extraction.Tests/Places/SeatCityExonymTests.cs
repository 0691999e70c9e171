using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Gazetteers;
using Sitrep.Extraction.Places;
using Sitrep.Text;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// A first-level division named after its seat means the seat, also when the seat holds the name only as an alternate,
/// the English form of its own (GeoNames: canton "Geneva" 2660645, city "Genève" 2660646 with alternate "Geneva"); not
/// when the alternate is a part of the city's own name ("Oklahoma" of Oklahoma City names the state). Constructed
/// gazetteer with GeoNames' ids, names, kinds and populations.
/// </summary>
public sealed class SeatCityExonymTests
{
    private const int GenevaCanton = 2660645;
    private const int GenevaCity = 2660646;
    private const int OklahomaState = 4544379;
    private const int OklahomaCity = 4544349;

    private static readonly Lazy<Pipeline> Pipeline = new(() => GeoTestKit.PipelineOver(Build()));

    private static Gazetteer Build()
    {
        var b = new GazetteerBuilder();
        var ch = b.Add(new GazetteerPlace(2658434, "Switzerland", 47, 8, "PCLI", "CH", null, 0) { LocalKey = "iso:CH" });
        b.SetBounds(ch, new GeoBox(5.9, 45.8, 10.5, 47.8));
        b.AddCountryCodes("CH", "CHE");
        var us = b.Add(new GazetteerPlace(6252001, "United States", 38, -97, "PCLI", "US", null, 0) { LocalKey = "iso:US" });
        b.SetBounds(us, new GeoBox(-125, 24, -66, 49.4));
        b.AddCountryCodes("US", "USA");
        b.Add(new GazetteerPlace(GenevaCanton, "Geneva", 46.218, 6.1217, "ADM1", "CH", "GE", 0));
        var geneve = b.Add(new GazetteerPlace(GenevaCity, "Genève", 46.2022, 6.1457, "PPLA", "CH", "GE", 201_741));
        b.AddName(geneve, "Geneva", NameKind.Alternate);
        b.Add(new GazetteerPlace(OklahomaState, "Oklahoma", 35.5, -97.5, "ADM1", "US", "OK", 0));
        var okc = b.Add(new GazetteerPlace(OklahomaCity, "Oklahoma City", 35.4676, -97.5164, "PPLA", "US", "OK", 681_054));
        b.AddName(okc, "Oklahoma", NameKind.Alternate);
        return b.Build("seat city test gazetteer");
    }

    private static ResolvedPlace Place(string text, string name) =>
        Pipeline.Value.Process(new Document("t", text)).Places.First(p => p.Text == name);

    [Fact]
    public void Resolve_DivisionNamedAfterItsSeatByTheSeatsEnglishName_IsTheSeat() =>
        Assert.Equal(GenevaCity, Place("The envoy spoke to reporters at a briefing in Geneva on Tuesday.", "Geneva").GeonameId);

    [Fact]
    public void Resolve_DivisionWhoseNameIsPartOfTheSeatsName_IsTheDivision() =>
        Assert.Equal(OklahomaState, Place("The storm crossed Oklahoma on Tuesday, officials said.", "Oklahoma").GeonameId);
}
