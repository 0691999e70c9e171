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

    // Issue 8 point 5: a newspaper's masthead after a place ("USA Today", "China Daily") makes one organisation; the
    // same word before the place, at the start of a sentence, does not.
    [Theory]
    [InlineData("Nepal Today said it has averaged 20 advertising pages per day.", "Nepal Today")]
    [InlineData("The Chad Daily said the market was growing.", "Chad Daily")]
    [InlineData("The Mombasa Tribune said the port was closed.", "Mombasa Tribune")]
    public void Recognize_PlaceWithMasthead_IsOneOrg(string text, string name) =>
        Assert.Equal(EntityType.Org, TypeOf(Run(text), name));

    [Fact]
    public void Recognize_MastheadWordBeforePlace_LeavesTheCountry()
    {
        var doc = Run("Today Nepal said it would reopen the border crossing.");
        Assert.Contains(doc.Entities, e => e.Name == "Nepal");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Today", StringComparison.Ordinal));
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

    [Theory]
    [InlineData("Many in Freedonia's National Chamber Orchestra have left.", "Freedonia's National Chamber Orchestra")]
    [InlineData("He sat on the Acme Group’s Planning Committee for years.", "Acme Group’s Planning Committee")]
    public void Recognize_PossessiveOwnerAndBody_IsOneOrg(string text, string name)
    {
        var doc = Run(text);
        var m = Assert.Single(Mentions(doc), x => x.Text == name);
        Assert.Equal(EntityType.Org, m.Entity.Type);
    }

    [Fact]
    public void Recognize_PossessiveOwnerAndKnownOrg_StaysApart()
    {
        var doc = Run("Officials blamed Lebanon's Hezbollah for the attack.");
        Assert.Contains(Mentions(doc), m => m.Text == "Hezbollah" && m.Entity.Type == EntityType.Org);
    }

    [Theory]
    [InlineData("The raid targeted al Qaeda in Iraq near the border.", "al Qaeda in Iraq")]
    [InlineData("The raid targeted Al-Qaeda in the Arabian Peninsula on Monday.", "Al-Qaeda in the Arabian Peninsula")]
    public void Recognize_GroupWithBranchesInPlace_IsOneOrg(string text, string name)
    {
        var doc = Run(text);
        Assert.Equal(EntityType.Org, TypeOf(doc, name));
        Assert.DoesNotContain(Mentions(doc), m => m.Entity.Type == EntityType.Place);
    }

    [Fact]
    public void Recognize_OtherGroupInPlace_KeepsThePlace()
    {
        var doc = Run("Coalition aircraft struck ISIL in Syria on Monday.");
        Assert.Equal(EntityType.Org, TypeOf(doc, "ISIL"));
        Assert.Equal(EntityType.Place, TypeOf(doc, "Syria"));
    }

    [Theory]
    [InlineData("He fought the Syrian Army near the river.", "Syrian Army")]
    [InlineData("On Monday the Iraqi Security Forces advanced.", "Iraqi Security Forces")]
    public void Recognize_DemonymInsideOrgName_NoSeparateNationality(string text, string name)
    {
        var doc = Run(text);
        Assert.Equal(EntityType.Org, TypeOf(doc, name));
        Assert.DoesNotContain(Mentions(doc), m => m.Entity.Type == EntityType.Nationality);
    }
}
