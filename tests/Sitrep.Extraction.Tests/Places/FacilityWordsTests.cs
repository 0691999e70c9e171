using Sitrep.Extraction.Data;
using Sitrep.Extraction.Gazetteers;
using Sitrep.Tests;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Places;

public sealed class FacilityWordsTests
{
    [Theory]
    [InlineData("Furnaces\n")]
    [InlineData("Furnaces\tGeoWebNews dev\n")]
    [InlineData("Hospital\tS.HSP\nStudio\t\n")]
    public void Read_WordWithoutGeneralSource_ThrowsNamingTheFile(string lines)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("sitrep-fw-").FullName, "facility-words.txt");
        File.WriteAllText(path, "# geo-facility-words v2: test\n" + lines);

        var ex = Assert.Throws<DataFileException>(() => GeoDataFiles.ReadFacilityWords(DataCatalog.Parse(path)));
        Assert.Contains("facility-words.txt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShippedList_EveryGeoNamesSourceIsARealFeatureCode()
    {
        var codes = File.ReadLines(TestPaths.SharedData("geonames", "featureCodes_en.txt"))
            .Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
        var file = Catalog.File(GeoDataFiles.FacilityWords);

        var words = GeoDataFiles.ReadFacilityWords(file);

        Assert.Contains("Airport", words);
        Assert.DoesNotContain("Furnaces", words);
        Assert.All(file.Lines.Select(l => l.Fields[1].Trim()).Where(s => s != "USPS-C1"), s => Assert.Contains(s, codes));
    }
}
