using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Entities;

/// <summary>Organisation names built from a place, a demonym or a possessive and an organisation head word.</summary>
public class OrgNameRuleTests
{
    private static EntityType? TypeOf(Document doc, string text) =>
        Mentions(doc).Where(m => m.Text == text).Select(m => (EntityType?)m.Entity.Type).FirstOrDefault();

    [Theory]
    [InlineData("At least 10 U.S. Marines were wounded near the town.", "U.S. Marines")]
    [InlineData("The minister spoke at the Bahrain Dialogue on Saturday.", "Bahrain Dialogue")]
    [InlineData("The request came from the Middle East Branch of the department.", "Middle East Branch")]
    [InlineData("He met leaders of the Syrian Opposition in the capital.", "Syrian Opposition")]
    public void Recognize_PlaceOrDemonymWithOrgHead_IsOneOrg(string text, string name)
    {
        var doc = Run(text);
        Assert.Equal(EntityType.Org, TypeOf(doc, name));
        Assert.DoesNotContain(Mentions(doc), m => m.Entity.Type is EntityType.Place or EntityType.Nationality);
    }

    [Theory]
    [InlineData("Talks between Baghdad and the Basra provincial government resumed.", "Basra provincial government")]
    [InlineData("Officials moved all Mosul residents to a safer district.", "Mosul residents")]
    public void Recognize_PlaceWithGroupNoun_IsOrg(string text, string name)
    {
        Assert.Equal(EntityType.Org, TypeOf(Run(text), name));
    }

    [Fact]
    public void Recognize_CityAndUnknownPluralWord_IsTeam()
    {
        var doc = Run("He has been a Pittsburgh Falcons fan since childhood.");
        Assert.Equal(EntityType.Org, TypeOf(doc, "Pittsburgh Falcons"));
    }
}
