using Sitrep.Extraction.Data;
using Sitrep.Extraction.Gazetteers;
using Sitrep.Tests;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>ISO to FIPS 10-4 country codes for GDELT's geographic columns (issue 10 point 7).</summary>
[Trait("Issue", "10")]
public sealed class IsoFipsTableTests
{
    [Theory]
    [InlineData("LY", "LY")] // Libya: the same in both
    [InlineData("DE", "GM")] // Germany
    [InlineData("GB", "UK")] // the United Kingdom
    [InlineData("IL", "IS")] // Israel
    [InlineData("LBY", "LY")]
    [InlineData("DEU", "GM")]
    [InlineData("GBR", "UK")]
    [InlineData("ISR", "IS")]
    public void FipsOf_IsoCode_GdeltsCode(string iso, string fips) => Assert.Equal(fips, Catalog.IsoFips().FipsOf(iso));

    [Theory]
    [InlineData("XX")]
    [InlineData("gb")]
    [InlineData(null)]
    public void FipsOf_Unknown_Null(string? iso) => Assert.Null(Catalog.IsoFips().FipsOf(iso));

    [Fact]
    public void File_EqualsAFreshGenerationFromGeoNames()
    {
        // The command in the file's header: every countryInfo.txt row with a fips code, columns ISO, ISO3, fips, Country.
        var expected = File.ReadLines(TestPaths.SharedData("geonames", "countryInfo.txt"))
            .Where(l => !l.StartsWith('#') && l.Length > 0)
            .Select(l => l.Split('\t'))
            .Where(f => f[3].Length > 0)
            .Select(f => new IsoFipsEntry(f[0], f[1], f[3], f[4].TrimEnd()));

        Assert.Equal(expected, Catalog.IsoFips().Entries);
    }

    [Fact]
    public void Load_MalformedLine_ErrorNamesTheLine()
    {
        var path = Path.Combine(Path.GetTempPath(), "iso-fips-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, "# geo-iso-fips v1: test\nLY\tLBY\tLY\tLibya\nDE\tDEU\tgm\tGermany\n");
        try
        {
            var error = Assert.Throws<DataFileException>(() => IsoFipsTable.Load(DataCatalog.Parse(path)));
            Assert.Contains(":3", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
