using Sitrep.Extraction.Data;
using Sitrep.Extraction.Events.Acled;

namespace Sitrep.Extraction.Tests.Events.Acled;

/// <summary>ACLED's regions and country names over world-countries, <c>data/events/acled-regions.txt</c> (issue 8 point 7).</summary>
[Trait("Issue", "8")]
public sealed class AcledRegionsTests
{
    private static readonly DataCatalog Catalog = DataCatalog.Discover(AppContext.BaseDirectory);
    private static readonly AcledRegions Regions = Catalog.AcledRegions();

    private static readonly string[] AcledRegionNames =
    [
        "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "Middle East", "South Asia",
        "Southeast Asia", "East Asia", "Caucasus and Central Asia", "Europe", "North America", "Central America", "South America",
        "Caribbean", "Oceania", "Antarctica",
    ];

    [Fact]
    public void Regions_EveryCountry_OneOfAcledsRegions()
    {
        Assert.True(Regions.Countries.Length > 240);
        Assert.All(Regions.Countries, c => Assert.Contains(c.Region, AcledRegionNames));
        Assert.Equal(Regions.Countries.Length, Regions.Countries.Select(c => c.Iso2).Distinct().Count());
    }

    [Theory]
    [InlineData("LY", "LBY", 434, "Libya", "Northern Africa")]
    [InlineData("IR", "IRN", 364, "Iran", "Middle East")]
    [InlineData("SY", "SYR", 760, "Syria", "Middle East")]
    [InlineData("TR", "TUR", 792, "Turkey", "Middle East")]
    [InlineData("AM", "ARM", 51, "Armenia", "Caucasus and Central Asia")]
    [InlineData("KZ", "KAZ", 398, "Kazakhstan", "Caucasus and Central Asia")]
    [InlineData("IN", "IND", 356, "India", "South Asia")]
    [InlineData("AF", "AFG", 4, "Afghanistan", "South Asia")]
    [InlineData("MM", "MMR", 104, "Myanmar", "Southeast Asia")]
    [InlineData("CN", "CHN", 156, "China", "East Asia")]
    [InlineData("CD", "COD", 180, "Democratic Republic of Congo", "Middle Africa")]
    [InlineData("SS", "SSD", 728, "South Sudan", "Eastern Africa")]
    [InlineData("MZ", "MOZ", 508, "Mozambique", "Southern Africa")]
    [InlineData("NG", "NGA", 566, "Nigeria", "Western Africa")]
    [InlineData("UA", "UKR", 804, "Ukraine", "Europe")]
    [InlineData("MX", "MEX", 484, "Mexico", "Central America")]
    [InlineData("US", "USA", 840, "United States", "North America")]
    [InlineData("HT", "HTI", 332, "Haiti", "Caribbean")]
    [InlineData("CO", "COL", 170, "Colombia", "South America")]
    [InlineData("PG", "PNG", 598, "Papua New Guinea", "Oceania")]
    public void OfIso2_Country_IsoNameAndRegion(string iso2, string iso3, int numeric, string name, string region) =>
        Assert.Equal(new AcledRegionEntry(iso2, iso3, numeric, name, region), Regions.OfIso2(iso2));

    [Fact]
    public void OfIso2_CountryWithoutNumericCode_NullNumeric() => Assert.Null(Regions.OfIso2("XK")!.Numeric);

    [Fact]
    public void OfIso2_Unknown_Null() => Assert.Null(Regions.OfIso2("QQ"));

    [Theory]
    [InlineData("subregion:Western Asia\tMiddle East\nXYZ\tEurope\n", "XYZ")]
    [InlineData("subregion:Westren Asia\tMiddle East\n", "Westren Asia")]
    [InlineData("region:Europe\n", "expected")]
    [InlineData("region:Europe\tEurope\nregion:Europe\tMiddle East\n", "twice")]
    [InlineData("region:Europe\t-\tEuropa\n", "'-'")]
    [InlineData("region:Europe\tEurope\n", "has no ACLED region")]
    public void Load_BadFile_ErrorNamesProblem(string lines, string problem)
    {
        var path = Path.Combine(Path.GetTempPath(), $"acled-regions-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "# acled-regions v1: test\n" + lines);
        try
        {
            var error = Assert.Throws<DataFileException>(() => AcledRegions.Load(DataCatalog.Parse(path), Catalog.NodePackageFile("world-countries", "countries.json")));
            Assert.Contains(problem, error.Message, StringComparison.Ordinal);
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
