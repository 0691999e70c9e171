using Sitrep.Core.Model;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Events.Acled;
using Sitrep.Extraction.Events.Codebook;

namespace Sitrep.Extraction.Tests.Events.Acled;

/// <summary>The shipped mapping <c>data/events/acled-types.txt</c> (issue 8 point 2).</summary>
[Trait("Issue", "8")]
public sealed class AcledTaxonomyTests
{
    private static readonly DataCatalog Catalog = DataCatalog.Discover(AppContext.BaseDirectory);
    private static readonly AcledTaxonomy Taxonomy = Catalog.AcledTaxonomy();

    [Fact]
    public void Taxonomy_EveryCaseLabel_HasOneLine()
    {
        var labels = Enum.GetValues<CaseLabel>().Where(l => l != CaseLabel.None).Order();
        Assert.Equal(labels, Taxonomy.Entries.Select(e => e.CaseLabel).Order());
    }

    [Fact]
    public void Taxonomy_EverySubEventType_HasItsEventType()
    {
        Assert.Equal(25, Taxonomy.Entries.Count(e => e.SubEventType is not null));
        Assert.Equal(AcledEventType.ExplosionsRemoteViolence, Taxonomy[AcledSubEventType.AirDroneStrike].EventType);
        Assert.Equal(AcledDisorderType.Demonstrations, Taxonomy[AcledSubEventType.ViolentDemonstration].DisorderType);
        Assert.Equal(AcledDisorderType.PoliticalViolence, Taxonomy[AcledSubEventType.MobViolence].DisorderType);
        Assert.Equal("Shelling/artillery/missile attack", Taxonomy[CaseLabel.ART_MISS_ATTACK].Name);
    }

    [Theory]
    [InlineData("1952", CaseLabel.AIR_STRIKE)]
    [InlineData("195", CaseLabel.AIR_STRIKE)]
    [InlineData("193", CaseLabel.ARMED_CLASH)]
    [InlineData("190", CaseLabel.ARMED_CLASH)]
    [InlineData("1831", CaseLabel.SUIC_BOMB)]
    [InlineData("1833", CaseLabel.REM_EXPLOS)]
    [InlineData("1823", CaseLabel.ATTACK)]
    [InlineData("181", CaseLabel.ABDUCT_DISSAP)]
    [InlineData("173", CaseLabel.ARREST)]
    [InlineData("1412", CaseLabel.PEACE_PROTEST)]
    [InlineData("145", CaseLabel.VIOL_DEMONSTR)]
    [InlineData("2041", CaseLabel.CHEM_WEAP)]
    [InlineData("057", CaseLabel.AGREEMENT)]
    [InlineData("161", CaseLabel.DIPLO)]
    [InlineData("042", CaseLabel.DIPLO)]
    public void DefaultFor_CameoCode_LongestListedPrefix(string code, CaseLabel expected) =>
        Assert.Equal(expected, Taxonomy.DefaultFor(EventCode.Parse(code))!.CaseLabel);

    [Fact]
    public void Taxonomy_Catalog_Stamped() => Assert.Contains("acled-types@v1", Catalog.AcledTaxonomy() is { } t ? [t.Stamp] : Array.Empty<string>());

    [Fact]
    public void Load_PloverDisagreesWithCodebook_ErrorNamesLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"acled-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "# acled-types v1: test\nArmedClash\tArmed clash\tBattles\tPoliticalViolence\tARMED_CLASH\t190\t-\tAGREE\n");
        try
        {
            var error = Assert.Throws<DataFileException>(() => AcledTaxonomy.Load(DataCatalog.Parse(path), Catalog.CameoCodebook()));
            Assert.Contains(":2", error.Message, StringComparison.Ordinal);
            Assert.Contains("PLOVER", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
