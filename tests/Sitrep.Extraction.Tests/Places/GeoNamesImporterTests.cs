using Sitrep.Extraction.Gazetteers;
using Sitrep.Tests;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Places;

public sealed class GeoNamesImporterTests
{
    private const string Good = "2210247\tTripoli\tTripoli\tTarabulus,Tripoli of the West\t32.88743\t13.18733\tP\tPPLC\tLY\t\t77\t\t\t\t1150989\t\t81\tAfrica/Tripoli\t2024-01-01";

    [Fact]
    public void Import_MalformedRows_CountedWithFileAndLine()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-gn-");
        try
        {
            var path = Path.Combine(dir.FullName, "cities15000.txt");
            File.WriteAllLines(path, [Good, "not\ta\trow", "123\tNowhere\tNowhere\t\tNaN\t1\tP\tPPL\tXX\t\t\t\t\t\t5\t\t\t\t", Good.Replace("1150989", "many", StringComparison.Ordinal)]);
            var g = GeoNamesImporter.Import(dir.FullName, Catalog, new GeoNamesImportOptions { IncludeDefaults = false }, out var report);

            Assert.Equal(3, report.Malformed);
            Assert.Contains(report.Problems, p => p.StartsWith($"{path}:2:", StringComparison.Ordinal));
            Assert.Contains(report.Problems, p => p.StartsWith($"{path}:3:", StringComparison.Ordinal) && p.Contains("latitude", StringComparison.Ordinal));
            Assert.Contains(report.Problems, p => p.StartsWith($"{path}:4:", StringComparison.Ordinal) && p.Contains("population", StringComparison.Ordinal));
            Assert.Equal(2210247, g.Lookup("Tarabulus")[0].Entry.GeonameId);
            Assert.Equal(new GeoNamesFileReport("cities15000.txt", 4, 1), report.Files.Single(f => f.Name == "cities15000.txt"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Import_Strict_StopsAtFirstMalformedRow()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-gn-");
        try
        {
            var path = Path.Combine(dir.FullName, "allCountries.txt");
            File.WriteAllLines(path, [Good, Good, "broken"]);
            var ex = Assert.Throws<GeoNamesFormatException>(() => GeoNamesImporter.Import(dir.FullName, Catalog, new GeoNamesImportOptions { IncludeDefaults = false, Lenient = false }, out _));
            Assert.Equal(3, ex.Line);
            Assert.StartsWith($"{path}:3:", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Import_NoTable_SaysWhatToDownload()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-gn-");
        try
        {
            var ex = Assert.Throws<FileNotFoundException>(() => GeoNamesImporter.Import(dir.FullName, Catalog, null, out _));
            Assert.Contains("download.geonames.org", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Import_AllCountriesOverDefaults_ReplacesCountryPointsAndAddsSecondLevelDivisions()
    {
        // What a user's full allCountries.txt brings: GeoNames' own point for a country, and ADM2 features
        // (counties) that the npm packages lack. Rows are synthetic (the county's id is made up).
        var dir = Directory.CreateTempSubdirectory("sitrep-gn-");
        try
        {
            File.WriteAllLines(Path.Combine(dir.FullName, "allCountries.txt"),
            [
                "6252001\tUnited States\tUnited States\t\t40.0\t-100.0\tA\tPCLI\tUS\t\t00\t\t\t\t327167434\t\t543\t\t2024-01-01",
                "99000001\tTestshire\tTestshire\t\t51.2\t0.7\tA\tADM2\tGB\t\tENG\tZ9\t\t\t1800000\t\t60\tEurope/London\t2024-01-01",
            ]);
            var g = GeoNamesImporter.Import(dir.FullName, Catalog, new GeoNamesImportOptions { IncludeDefaults = true }, out var report);

            Assert.Equal(0, report.Malformed);
            var us = g[g.CountryEntry("US")];
            Assert.Equal((6252001L, 40.0, -100.0), ((long)us.GeonameId, Math.Round(us.Latitude, 3), Math.Round(us.Longitude, 3)));
            Assert.Contains(g.Lookup("Testshire"), x => x.Entry.GeonameId == 99000001 && x.Entry.FeatureCode == "ADM2" && x.Entry.Country == "GB");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Import_RealDumps_HasCountriesDivisionsCitiesAndRegions()
    {
        var g = GeoNamesImporter.Import(TestPaths.SharedData("geonames"), Catalog, new GeoNamesImportOptions { IncludeDefaults = false }, out var report);

        Assert.Equal(0, report.Malformed);
        Assert.Equal(2210247, g[g.IndexOf(2210247)].GeonameId);
        Assert.Equal("PCLI", g[g.CountryEntry("LY")].FeatureCode);
        Assert.Equal(2215636, g[g.CountryEntry("LY")].GeonameId);
        Assert.True(g.Admin1Entry("US", "VA") >= 0, "Virginia from admin1CodesASCII, placed at its seat");
        Assert.Contains(g.Lookup("Africa"), x => x.Entry.GeonameId == 6255146);
        Assert.Contains(g.Lookup("Va."), x => x.Entry.GeonameId == 6254928);
    }
}
