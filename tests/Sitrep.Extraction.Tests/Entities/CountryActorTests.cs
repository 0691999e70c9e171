using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Entities;

/// <summary>Country names acting as states (metonymy) are organisations; as locations they stay places.</summary>
public class CountryActorTests
{
    private static EntityType? TypeOf(Document doc, string text) =>
        Mentions(doc).Where(m => m.Text == text).Select(m => (EntityType?)m.Entity.Type).FirstOrDefault();

    [Fact]
    public void Recognize_CountryAdverbVerb_IsOrg()
    {
        Assert.Equal(EntityType.Org, TypeOf(Run("Canada strongly condemns the attack on the convoy."), "Canada"));
    }

    [Fact]
    public void Recognize_CoordinatedCountrySubjects_AreOrgs()
    {
        var doc = Run("Today, Norway and Chile signed a trade agreement.");
        Assert.Equal(EntityType.Org, TypeOf(doc, "Norway"));
        Assert.Equal(EntityType.Org, TypeOf(doc, "Chile"));
    }

    [Fact]
    public void Recognize_CountryObjectOfWarning_IsOrg()
    {
        Assert.Equal(EntityType.Org, TypeOf(Run("The army was quoted as warning Peru of the consequences."), "Peru"));
    }

    [Fact]
    public void Recognize_CountryListAfterLocative_StaysPlaces()
    {
        var doc = Run("Funds for refugees living in Kenya, Uganda and Tanzania have fallen short.");
        Assert.Equal(EntityType.Place, TypeOf(doc, "Uganda"));
        Assert.Equal(EntityType.Place, TypeOf(doc, "Tanzania"));
    }

    [Fact]
    public void Recognize_GovernmentsOfCountryAndTheCountry_AreTwoNames()
    {
        var doc = Run("It is a partnership between the Governments of Peru and the United States.");
        Assert.Equal(EntityType.Org, TypeOf(doc, "Governments of Peru"));
        Assert.NotNull(TypeOf(doc, "United States"));
    }
}
