using Sitrep.Core.Model;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Events.Acled;
using Sitrep.Store.Export;

namespace Sitrep.Store.Tests.Export;

/// <summary>The export's ACLED display names (issue 8 point 7) agree with <c>data/events/acled-types.txt</c>.</summary>
[Trait("Issue", "8")]
public sealed class AcledNamesTests
{
    private static readonly AcledTaxonomy Taxonomy = DataCatalog.Discover(AppContext.BaseDirectory).AcledTaxonomy();

    [Fact]
    public void Of_EverySubEventType_NameOfItsLineInTheMappingFile()
    {
        var lines = Taxonomy.Entries.Where(e => e.SubEventType is not null).ToList();

        Assert.Equal(Enum.GetValues<AcledSubEventType>().Length, lines.Count);
        Assert.All(lines, e => Assert.Equal(e.Name, AcledNames.Of(e.SubEventType!.Value)));
    }

    [Fact]
    public void Of_EveryEnumValue_HasAName()
    {
        Assert.All(Enum.GetValues<AcledEventType>(), t => Assert.False(string.IsNullOrEmpty(AcledNames.Of(t))));
        Assert.All(Enum.GetValues<AcledDisorderType>(), t => Assert.False(string.IsNullOrEmpty(AcledNames.Of(t))));
        Assert.All(Enum.GetValues<AcledActorCategory>().Where(c => c != AcledActorCategory.None), c => Assert.False(string.IsNullOrEmpty(AcledNames.Of(c))));
        Assert.Null(AcledNames.Of(AcledActorCategory.None));
    }

    [Theory]
    [InlineData(AcledEventType.ExplosionsRemoteViolence, "Explosions/Remote violence")]
    [InlineData(AcledEventType.ViolenceAgainstCivilians, "Violence against civilians")]
    [InlineData(AcledEventType.StrategicDevelopments, "Strategic developments")]
    public void Of_EventType_AcledsName(AcledEventType type, string expected) => Assert.Equal(expected, AcledNames.Of(type));

    [Fact]
    public void Of_DisorderType_AcledsName() => Assert.Equal("Political violence", AcledNames.Of(AcledDisorderType.PoliticalViolence));
}
