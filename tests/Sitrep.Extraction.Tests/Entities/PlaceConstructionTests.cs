using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Entities;

/// <summary>Issue 9 point 8: constructions that decide whether a name is a place (re3d PLACE error analysis).</summary>
public class PlaceConstructionTests
{
    private static EntityType? TypeOf(Document doc, string text) =>
        Mentions(doc).Where(m => m.Text == text).Select(m => (EntityType?)m.Entity.Type).FirstOrDefault();

    [Theory]
    [InlineData("Jets fired missiles from Lebanese airspace into the valley.", "Lebanese airspace")]
    [InlineData("The troops withdrew from Syrian territory last week.", "Syrian territory")]
    [InlineData("Fewer boats now head for European shores.", "European shores")]
    public void Recognize_NationalityBeforeTerritoryNoun_IsPlace(string text, string place)
    {
        Assert.Equal(EntityType.Place, TypeOf(Run(text), place));
    }

    [Fact]
    public void Recognize_NationalityBeforeOtherNoun_StaysNationality()
    {
        Assert.Equal(EntityType.Nationality, TypeOf(Run("He praised the Lebanese economy and its banks."), "Lebanese"));
    }

    [Theory]
    [InlineData("There were continued violations of the Minsk agreements in the east.", "Minsk")]
    [InlineData("The talks follow the Geneva Communique of 2012.", "Geneva")]
    [InlineData("Both sides signed the Kyoto Protocol years ago.", "Kyoto")]
    public void Recognize_PlaceNamingAnAgreement_IsNoPlace(string text, string place)
    {
        var doc = Run(text);
        Assert.DoesNotContain(Mentions(doc), m => m.Text.Contains(place, StringComparison.Ordinal) && m.Entity.Type == EntityType.Place);
    }

    [Fact]
    public void Recognize_PlaceBeforeOtherNoun_StaysPlace()
    {
        Assert.Equal(EntityType.Place, TypeOf(Run("Delegates met in Geneva on Monday."), "Geneva"));
    }

    [Fact]
    public void Recognize_PlaceWordHeadingOrganisationWord_IsPlace()
    {
        // Right-headed compound: a hospital of a university is a hospital.
        Assert.Equal(EntityType.Place, TypeOf(Run("He was taken to Al Noor University Hospital in the capital."), "Al Noor University Hospital"));
    }

    [Fact]
    public void Recognize_OrganisationWordHeadingPlaceWord_IsOrg()
    {
        Assert.Equal(EntityType.Org, TypeOf(Run("The Kabul Airport Authority said flights would resume."), "Kabul Airport Authority"));
    }

    [Fact]
    public void Recognize_TheHospitalAfterNamedHospital_IsNominalOfThatPlace()
    {
        var doc = Run("Al Noor University Hospital opened in 1990. The hospital has 600 beds.");
        var nominal = Assert.Single(Mentions(doc), m => m.Text == "The hospital");
        Assert.Equal(MentionKind.Nominal, nominal.Kind);
        Assert.Equal("Al Noor University Hospital", nominal.Entity.Name);
    }

    [Fact]
    public void Recognize_TheHospitalWithNoNamedHospital_IsNoMention()
    {
        var doc = Run("Fighting reached Mosul on Monday. The hospital has 600 beds.");
        Assert.DoesNotContain(Mentions(doc), m => m.Text == "The hospital");
    }

    [Fact]
    public void Recognize_TheHospitalStaff_IsNoMentionOfTheHospital()
    {
        var doc = Run("Al Noor University Hospital opened in 1990. The hospital staff went on strike.");
        Assert.DoesNotContain(Mentions(doc), m => m.Text == "The hospital");
    }

    [Fact]
    public void Recognize_AllCapsAcronymSpelledLikeATown_IsNoPlace()
    {
        // "Ode" is a Nigerian town in the gazetteer; "ODE", written in capitals, is an office's acronym.
        Assert.NotEqual(EntityType.Place, TypeOf(Run("At the request of the ministry, ODE has completed an evaluation."), "ODE"));
    }

    [Fact]
    public void Recognize_AllCapsCountryAsStored_StaysPlace()
    {
        Assert.Equal(EntityType.Place, TypeOf(Run("She flew back to the UK on Friday."), "UK"));
    }

    [Theory]
    [InlineData("The UK has a rich and diverse culture, the minister said.", "UK")]
    [InlineData("Nobody can say what Peru will be like in ten years.", "Peru")]
    [InlineData("Critics said Chile has for too long been a haven for them.", "Chile")]
    public void Recognize_CountryDescribedNotActing_IsPlace(string text, string country)
    {
        Assert.Equal(EntityType.Place, TypeOf(Run(text), country));
    }

    [Theory]
    [InlineData("Canada has begun its own moratorium on the trade.", "Canada")]
    [InlineData("The United States is committed to standing with its allies.", "United States")]
    public void Recognize_CountryActing_StaysOrg(string text, string country)
    {
        Assert.Equal(EntityType.Org, TypeOf(Run(text), country));
    }

    [Theory]
    [InlineData("Relations with the West worsened after the vote.", "West")]
    [InlineData("The minister will return to the Gulf, visiting Oman.", "Gulf")]
    [InlineData("The channel broadcasts in the Americas on cable.", "Americas")]
    public void Recognize_RegionNamedAlone_IsPlace(string text, string region)
    {
        Assert.Equal(EntityType.Place, TypeOf(Run(text), region));
    }

    [Fact]
    public void Recognize_CompassWordBeforeNoun_IsNoRegion()
    {
        Assert.DoesNotContain(Mentions(Run("Storms hit the West coast overnight.")), m => m.Text == "West");
    }

    [Fact]
    public void Recognize_GazetteerNameHoldingOrgCue_IsPlace()
    {
        Assert.Equal(EntityType.Place, TypeOf(Run("Settlers moved into the West Bank last year."), "West Bank"));
    }

    [Fact]
    public void Recognize_CuedPlaceBeforeGroupNoun_IsOrg()
    {
        Assert.Equal(EntityType.Org, TypeOf(Run("The relocation of all Camp Ashraf residents continued."), "Camp Ashraf residents"));
    }

    [Fact]
    public void Recognize_NameBeforeTerrainWord_IsPlace()
    {
        // GeoNames feature class T: a depression (DPR).
        Assert.Equal(EntityType.Place, TypeOf(Run("Floodwater is diverted through the Qattara depression each spring."), "Qattara"));
    }

    [Fact]
    public void Recognize_PlaceAndStateAfterAnOrganisation_AreOneMention()
    {
        var doc = Run("Smith was assigned to the 101st Airborne Division, Fort Campbell, Kentucky.");
        Assert.Equal(EntityType.Place, TypeOf(doc, "Fort Campbell, Kentucky"));
    }

    [Fact]
    public void Recognize_ListOfPlaces_IsNotMerged()
    {
        var doc = Run("Refugees live in Jordan, Lebanon, Turkey and Egypt.");
        Assert.Equal(EntityType.Place, TypeOf(doc, "Lebanon"));
    }

    [Fact]
    public void Recognize_AllCapsCityInHeading_StaysPlace()
    {
        // A longer all-caps word, or one among other all-caps words, is a heading or dateline, not an acronym.
        Assert.Equal(EntityType.Place, TypeOf(Run("OAKLAND, Calif. (Reuters) - Police said on Monday that two men were held."), "OAKLAND"));
    }

    [Fact]
    public void Recognize_CountryAfterCommaEndingAPhrase_IsNoListMember()
    {
        // "inside Turkey, the United States …": the comma ends an adverbial phrase; the country after it acts.
        var doc = Run("After the attacks inside Peru, the United States is committed to standing with its partners.");
        Assert.Equal(EntityType.Org, TypeOf(doc, "United States"));
    }
}
