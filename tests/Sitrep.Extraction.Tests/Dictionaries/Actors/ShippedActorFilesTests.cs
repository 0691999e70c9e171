using Sitrep.Extraction.Data;
using Sitrep.Extraction.Dictionaries.Actors;
using static Sitrep.Extraction.Tests.Dictionaries.Actors.ActorFileTestKit;

namespace Sitrep.Extraction.Tests.Dictionaries.Actors;

/// <summary>The dictionaries shipped under <c>data/actors/</c> (issue 3 points 1 and 2).</summary>
public sealed class ShippedActorFilesTests
{
    private static readonly DataCatalog Catalog = DataCatalog.Discover(AppContext.BaseDirectory);
    private static readonly DateOnly ArticleDate = Date("2020-01-08");

    [Fact]
    public void CountryActorGenerator_Regenerated_EqualsCommittedFile()
    {
        var committed = System.IO.File.ReadAllText(Path.Combine(Catalog.Root, DataCatalog.DataFolder, CountryActorGenerator.RelativePath));
        Assert.Equal(committed, CountryActorGenerator.Generate(Catalog));
    }

    [Fact]
    public void ActorDictionary_Catalog_LoadsOnceWithStamps()
    {
        var first = Catalog.ActorDictionary();
        Assert.Same(first, Catalog.ActorDictionary());
        Assert.Contains("actor-countries@v1", first.Stamps);
        Assert.Contains("actor-leaders@v1", first.Stamps);
        Assert.InRange(first.PhraseCount, 1500, 5000);
    }

    [Fact]
    public void AgentDictionary_Catalog_Loads() => Assert.InRange(Catalog.AgentDictionary().PhraseCount, 200, 1000);

    [Theory]
    [InlineData("Turkish", "TUR")]
    [InlineData("Turkey", "TUR")]
    [InlineData("Türkiye", "TUR")]
    [InlineData("Turkiye", "TUR")]
    [InlineData("TÜRKİYE", "TUR")]
    [InlineData("Ankara", "TURGOV")]
    [InlineData("Moscow", "RUSGOV")]
    [InlineData("Washington", "USAGOV")]
    [InlineData("Libya", "LBY")]
    [InlineData("Libyan", "LBY")]
    [InlineData("Russian", "RUS")]
    [InlineData("Emirati", "ARE")]
    [InlineData("United Arab Emirates", "ARE")]
    [InlineData("Syria", "SYR")]
    [InlineData("Greek", "GRC")]
    [InlineData("Egypt", "EGY")]
    [InlineData("Algeria", "DZA")]
    [InlineData("Tunisia", "TUN")]
    [InlineData("American", "USA")]
    [InlineData("U.S.", "USA")]
    [InlineData("French", "FRA")]
    [InlineData("Kremlin", "RUSGOV")]
    [InlineData("New Mexico", "USA")]
    [InlineData("New Jersey", "USA")]
    [InlineData("Mexico", "MEX")]
    [InlineData("New England", "USA")]
    [InlineData("New South Wales", "AUS")]
    [InlineData("Wales", "GBR")]
    public void Lookup_CountriesDemonymsCapitals_Code(string phrase, string code) =>
        Assert.Equal(code, Catalog.ActorDictionary().Lookup(phrase, ArticleDate)?.Value);

    [Theory]
    [InlineData("Congolese")]
    [InlineData("us")]
    public void Lookup_AmbiguousOrPronoun_NotAnActor(string phrase) => Assert.Null(Catalog.ActorDictionary().Lookup(phrase, ArticleDate));

    [Theory]
    [InlineData("Fayez al-Serraj", "2020-01-08", "LBYGOV")]
    [InlineData("Serraj", "2020-01-08", "LBYGOV")]
    [InlineData("Fayez al-Serraj", "2022-01-01", "LBYELI")]
    [InlineData("Fathi Bashagha", "2020-01-08", "LBYGOV")]
    [InlineData("Khalifa Haftar", "2020-01-08", "LBYMIL")]
    [InlineData("Haftar's forces", "2020-01-08", "LBYMIL")]
    [InlineData("LNA", "2020-01-08", "LBYMIL")]
    [InlineData("GNA", "2020-01-08", "LBYGOV")]
    [InlineData("Government of National Accord", "2020-01-08", "LBYGOV")]
    [InlineData("National Accord Government", "2020-01-08", "LBYGOV")]
    [InlineData("Free Syrian Army", "2020-01-08", "SYRREB")]
    [InlineData("Syrian National Army", "2020-01-08", "SYRREB")]
    [InlineData("NATO", "2020-01-08", "IGOWSTNAT")]
    [InlineData("U.N.", "2020-01-08", "IGOUNO")]
    [InlineData("United Nations", "2020-01-08", "IGOUNO")]
    [InlineData("Erdogan", "2020-01-08", "TURGOV")]
    [InlineData("Tayyip Erdoğan", "2020-01-08", "TURGOV")]
    [InlineData("Vladimir Putin", "2020-01-08", "RUSGOV")]
    [InlineData("Reuters", "2020-01-08", "MED")]
    [InlineData("Wagner", "2020-01-08", "RUSMIL")]
    [InlineData("European Union", "2020-01-08", "IGOEUREEC")]
    [InlineData("African Union", "2020-01-08", "IGOAFRAFU")]
    public void Lookup_SeedArticleActors_Code(string phrase, string date, string code) =>
        Assert.Equal(code, Catalog.ActorDictionary().Lookup(phrase, Date(date))?.Value);

    [Theory]
    [InlineData("Donald Trump", "2016-06-01", "USAELI")]
    [InlineData("Donald Trump", "2020-01-08", "USAGOV")]
    [InlineData("Donald Trump", "2023-01-01", "USAELI")]
    [InlineData("Donald Trump", "2025-06-01", "USAGOV")]
    [InlineData("Barack Obama", "2012-01-01", "USAGOV")]
    [InlineData("Joe Biden", "2022-01-01", "USAGOV")]
    [InlineData("Taliban", "2019-01-01", "AFGREB")]
    [InlineData("Taliban", "2022-01-01", "AFGGOV")]
    [InlineData("HTS", "2020-01-08", "SYRREB")]
    [InlineData("HTS", "2025-01-08", "SYRGOV")]
    [InlineData("Netanyahu", "2022-01-01", "ISROPP")]
    public void Lookup_OfficeHolders_CodeByDate(string phrase, string date, string code) =>
        Assert.Equal(code, Catalog.ActorDictionary().Lookup(phrase, Date(date))?.Value);

    [Theory]
    [InlineData("officials", "GOV")]
    [InlineData("Interior Minister", "GOV")]
    [InlineData("troops", "MIL")]
    [InlineData("military advisers", "MIL")]
    [InlineData("contractors", "MIL")]
    [InlineData("rebels", "REB")]
    [InlineData("militias", "REB")]
    [InlineData("police", "COP")]
    [InlineData("journalists", "MED")]
    [InlineData("refugees", "REF")]
    [InlineData("civilians", "CVL")]
    [InlineData("spokesmen", "GOV")]
    [InlineData("parliament", "LEG")]
    public void AgentLookup_ShippedFile_Code(string phrase, string code) =>
        Assert.Equal(code, Catalog.AgentDictionary().Lookup(phrase)?.Code.Value);

    [Fact]
    public void ActorAndAgent_TurkishOfficials_TurGov()
    {
        string[] words = ["Turkish", "officials"];
        var actor = Catalog.ActorDictionary().Match(words, 0, ArticleDate)!;
        var agent = Catalog.AgentDictionary().Match(words, actor.End)!;
        Assert.Equal("TURGOV", agent.ApplyTo(actor.Code).Value);
    }
}
