using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Tests.Places;

public sealed class GazetteerFileTests
{
    [Fact]
    public void Write_ThenRead_GivesTheSameIndex()
    {
        var original = GeoTestKit.Gazetteer;
        using var stream = new MemoryStream();
        GazetteerFile.Write(original, stream);
        stream.Position = 0;
        var copy = GazetteerFile.Read(stream);

        Assert.Equal(original.Stamp, copy.Stamp);
        Assert.Equal(original.Count, copy.Count);
        Assert.Equal(original.KeyCount, copy.KeyCount);
        for (var i = 0; i < original.Count; i++)
        {
            Assert.Equal(original[i], copy[i]);
        }

        foreach (var name in new[] { "Tripoli", "Misrata", "Turkey", "Libya", "paris", "Nowhere" })
        {
            Assert.Equal(original.Lookup(name), copy.Lookup(name));
        }

        Assert.Equal("LY", copy.DemonymCountry("libyan"));
        Assert.Equal("LY", copy.CountryOfIso3("LBY"));
        Assert.Equal(copy.IndexOf(2215636), copy.CountryEntry("LY"));
        Assert.NotNull(copy[copy.CountryEntry("LY")].Bounds);
    }

    [Fact]
    public void Save_ThenLoad_RoundTripsThroughAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-gz-{Guid.NewGuid():N}.bin");
        try
        {
            GazetteerFile.Save(GeoTestKit.Gazetteer, path);
            Assert.Equal(GeoTestKit.Gazetteer.Stamp, GazetteerFile.ReadStamp(path));
            Assert.Equal(2210247, GazetteerFile.Load(path).Lookup("Tripoli")[0].Entry.GeonameId);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_TruncatedOrForeignFile_IsInvalidData()
    {
        using var stream = new MemoryStream();
        GazetteerFile.Write(GeoTestKit.Gazetteer, stream);
        var bytes = stream.ToArray();
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-gz-{Guid.NewGuid():N}.bin");
        try
        {
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            var ex = Assert.Throws<InvalidDataException>(() => GazetteerFile.Load(path));
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
            File.WriteAllText(path, "not an index");
            Assert.Throws<InvalidDataException>(() => GazetteerFile.Load(path));
            Assert.Null(GazetteerFile.ReadStamp(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("Mişrātah", "misratah")]
    [InlineData("St. Louis", "saint louis")]
    [InlineData("N.J.", "nj")]
    [InlineData("Al-Raqqah", "al raqqah")]
    [InlineData("Ma’rib", "marib")]
    [InlineData("  The   Hague ", "the hague")]
    [InlineData("Łódź", "lodz")]
    public void Key_FoldsSpellings(string name, string key) => Assert.Equal(key, PlaceNames.Key(name));

    [Fact]
    public void Builder_SamePlaceFromTwoSources_IsMergedWithBothNames()
    {
        var b = new GazetteerBuilder();
        b.Add(new GazetteerPlace(2214846, "Mişrātah", 32.3754, 15.0925, "PPLA", "LY", "72", 0));
        var h = b.Add(new GazetteerPlace(2214846, "Misurata", 32.37, 15.09, "PPLA", "LY", "72", 386_120));
        b.AddName(h, "Misrata", NameKind.Alternate);
        var g = b.Build("t");
        Assert.Equal(1, g.Count);
        Assert.Equal(386_120, g[0].Population);
        Assert.Equal("Mişrātah", g[0].Name);
        Assert.Single(g.Lookup("Misrata"));
        Assert.Single(g.Lookup("Misurata"));
    }

    [Fact]
    public void Builder_BadCoordinates_Throw() =>
        Assert.Throws<ArgumentException>(() => new GazetteerBuilder().Add(new GazetteerPlace(1, "X", 91, 0, "PPL", null, null, 0)));
}
