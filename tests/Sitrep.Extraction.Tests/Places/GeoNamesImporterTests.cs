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
    public void Import_Admin2Codes_PlacesEachDivisionAtItsSeatOrItsPlacesCentroid()
    {
        // admin2Codes.txt has ids and names, no points. Synthetic rows: county Z1 has a seat (PPLA2) and a bigger
        // town, county Z2 only two towns (weights 3 and 1), county Z3 no town at all.
        var dir = Directory.CreateTempSubdirectory("sitrep-gn-");
        try
        {
            File.WriteAllLines(Path.Combine(dir.FullName, "cities15000.txt"),
            [
                Town(99000101, "Seatville", 10.0, 20.0, "PPLA2", "Z1", 19999),
                Town(99000102, "Bigtown", 12.0, 22.0, "PPL", "Z1", 500000),
                Town(99000103, "Westtown", 0.0, 0.0, "PPL", "Z2", 2),
                Town(99000104, "Easttown", 0.0, 4.0, "PPL", "Z2", 0),
            ]);
            File.WriteAllLines(Path.Combine(dir.FullName, "admin2Codes.txt"),
            [
                "XA.01.Z1\tSeat County\tSeat County\t99000201",
                "XA.01.Z2\tPlain District\tPlain District\t99000202",
                "XA.01.Z3\tEmpty District\tEmpty District\t99000203",
                "XA.01\tbroken",
            ]);
            var g = GeoNamesImporter.Import(dir.FullName, Catalog, new GeoNamesImportOptions { IncludeDefaults = false }, out var report);

            var seat = g.Lookup("Seat County").Single(x => x.Entry.GeonameId == 99000201).Entry;
            Assert.Equal(("ADM2", "XA", 10.0, 20.0), (seat.FeatureCode, seat.Country, Math.Round(seat.Latitude, 3), Math.Round(seat.Longitude, 3)));
            var plain = g.Lookup("Plain District").Single(x => x.Entry.GeonameId == 99000202).Entry;
            Assert.Equal((0.0, 1.0), (Math.Round(plain.Latitude, 3), Math.Round(plain.Longitude, 1)));
            Assert.Empty(g.Lookup("Empty District"));
            Assert.Equal(new GeoNamesFileReport("admin2Codes.txt", 4, 2), report.Files.Single(f => f.Name == "admin2Codes.txt"));
            Assert.Equal(1, report.Malformed);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Import_Admin2OverDefaults_JoinsOurDivisionWithoutIdAndPlacesSmallCountiesFromCities500()
    {
        // Over the default gazetteer: country-state-city's Fife has no GeoNames id (it is a second-level division there),
        // and McLean County, Kentucky has no town of 15,000, but cities500's towns carry its admin2 code.
        var dir = Directory.CreateTempSubdirectory("sitrep-gn-");
        try
        {
            File.WriteAllLines(Path.Combine(dir.FullName, "cities15000.txt"), [Good]);
            File.WriteAllLines(Path.Combine(dir.FullName, "admin2Codes.txt"),
                ["GB.SCT.V1\tFife\tFife\t2649469", "US.KY.149\tMcLean County\tMcLean County\t4300401"]);
            var g = GeoNamesImporter.Import(dir.FullName, Catalog, new GeoNamesImportOptions { IncludeDefaults = true }, out _);

            var fife = g.Lookup("Fife").Where(x => x.Entry.Country == "GB" && x.Entry.FeatureCode.StartsWith("ADM", StringComparison.Ordinal)).ToList();
            Assert.Equal([(2649469, "ADM2", "SCT")], fife.Select(x => (x.Entry.GeonameId, x.Entry.FeatureCode, x.Entry.Admin1)));
            var mclean = g.Lookup("McLean County").Single(x => x.Entry.GeonameId == 4300401).Entry;
            Assert.True(Sitrep.Extraction.Places.GeoMath.DistanceKm(mclean.Latitude, mclean.Longitude, 37.53, -87.26) < 30, $"{mclean.Latitude},{mclean.Longitude}");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Import_Admin2NamedWithItsKindOfDivision_JoinsOurBareDivision()
    {
        // GeoNames writes "County of X" or "X District" where country-state-city writes the bare name (Fife, no id).
        var dir = Directory.CreateTempSubdirectory("sitrep-gn-");
        try
        {
            File.WriteAllLines(Path.Combine(dir.FullName, "cities15000.txt"), [Good]);
            File.WriteAllLines(Path.Combine(dir.FullName, "admin2Codes.txt"), ["GB.SCT.V1\tCounty of Fife\tCounty of Fife\t2649469"]);
            var g = GeoNamesImporter.Import(dir.FullName, Catalog, new GeoNamesImportOptions { IncludeDefaults = true }, out _);

            var fife = g.Lookup("Fife").Where(x => x.Entry.Country == "GB" && x.Entry.FeatureCode.StartsWith("ADM", StringComparison.Ordinal)).ToList();
            Assert.Equal([(2649469, "ADM2")], fife.Select(x => (x.Entry.GeonameId, x.Entry.FeatureCode)));
            Assert.Contains(g.Lookup("County of Fife"), x => x.Entry.GeonameId == 2649469);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Import_Admin2OfTheNameOfOneCountryRegionWithoutId_GivesTheRegionItsIdAndKeepsItsKindAndBox()
    {
        // data/geo/regions.txt has South Waziristan (PK, no id, with a box); GeoNames has it as a district.
        var dir = Directory.CreateTempSubdirectory("sitrep-gn-");
        try
        {
            File.WriteAllLines(Path.Combine(dir.FullName, "cities15000.txt"), [Good]);
            File.WriteAllLines(Path.Combine(dir.FullName, "admin2Codes.txt"), ["PK.03.1164536\tSouth Wazīristān District\tSouth Waziristan District\t1164536"]);
            var g = GeoNamesImporter.Import(dir.FullName, Catalog, new GeoNamesImportOptions { IncludeDefaults = true }, out _);

            var region = Assert.Single(g.Lookup("South Waziristan"), x => x.Entry.Country == "PK").Entry;
            Assert.Equal((1164536, "RGN"), (region.GeonameId, region.FeatureCode));
            Assert.NotNull(region.Bounds);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Import_TownsAndCounties_KeepTheirAdmin2Code()
    {
        // Synthetic rows: a town of county Z1 and the county itself; the code survives a write and a read of the index.
        var dir = Directory.CreateTempSubdirectory("sitrep-gn-");
        try
        {
            File.WriteAllLines(Path.Combine(dir.FullName, "cities15000.txt"), [Town(99000101, "Seatville", 10.0, 20.0, "PPLA2", "Z1", 19999)]);
            File.WriteAllLines(Path.Combine(dir.FullName, "admin2Codes.txt"), ["XA.01.Z1\tSeat County\tSeat County\t99000201"]);
            var imported = GeoNamesImporter.Import(dir.FullName, Catalog, new GeoNamesImportOptions { IncludeDefaults = false }, out _);
            using var stream = new MemoryStream();
            GazetteerFile.Write(imported, stream);
            stream.Position = 0;
            var g = GazetteerFile.Read(stream);

            var town = g.IndexOf(99000101);
            var county = g.IndexOf(99000201);
            Assert.NotEqual(0, g.Admin2IndexAt(town));
            Assert.Equal(g.Admin2IndexAt(town), g.Admin2IndexAt(county));
            Assert.Equal("Z1", g.Tables.Admin2Codes[g.Admin2IndexAt(county)]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("county of fife", "fife")]
    [InlineData("city of york", "york")]
    [InlineData("county kerry", "kerry")]
    [InlineData("harlan county", "harlan")]
    [InlineData("upper dir district", "upper dir")]
    [InlineData("fife", null)]
    [InlineData("county of", null)]
    public void WithoutDivisionWord_StripsOneKindWord(string key, string? bare) =>
        Assert.Equal(bare, UnjoinedDivisionNames.WithoutDivisionWord(key));

    [Fact]
    public void Import_RealDumps_CountiesAndDistrictsResolveToTheirDivision()
    {
        var g = GeoNamesImporter.Import(TestPaths.SharedData("geonames"), Catalog, new GeoNamesImportOptions { IncludeDefaults = false }, out _);

        var cook = g.Lookup("Cook County").Single(x => x.Entry.Country == "US" && x.Entry.Admin1 == "IL").Entry;
        Assert.Equal((4888671, "ADM2"), (cook.GeonameId, cook.FeatureCode));
        Assert.True(Sitrep.Extraction.Places.GeoMath.DistanceKm(cook.Latitude, cook.Longitude, 41.85, -87.65) < 1, "at its seat, Chicago");
        Assert.Contains(g.Lookup("Sinjar"), x => x.Entry.GeonameId == 9166620 && x.Entry.FeatureCode == "ADM2" && x.Entry.Country == "IQ");
    }

    private static string Town(int id, string name, double lat, double lon, string code, string admin2, long population) =>
        string.Join('\t', id.ToString(System.Globalization.CultureInfo.InvariantCulture), name, name, "", lat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            lon.ToString(System.Globalization.CultureInfo.InvariantCulture), "P", code, "XA", "", "01", admin2, "", "", population.ToString(System.Globalization.CultureInfo.InvariantCulture), "", "", "", "2024-01-01");

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
