using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Entities;

/// <summary>
/// Issue 9 point 8, general news: titles of works after a noun for their kind, abbreviations of common nouns, and
/// people whose given name is also a place. Names are invented so that only the construction can decide.
/// </summary>
[Trait("Issue", "9")]
public sealed class WorkTitleAndAbbreviationTests
{
    /// <summary>The type of every mention whose text is <paramref name="name"/>, in order, as "PERSON" or "-" when none.</summary>
    private static string TypesOf(string text, string name)
    {
        var doc = Run(text);
        var types = Mentions(doc).Where(m => m.Text == name).Select(m => m.Entity.Type.ToString().ToUpperInvariant()).ToList();
        return types.Count == 0 ? "-" : string.Join(",", types);
    }

    [Fact]
    public void Recognize_NameWithoutAWorkNoun_IsAPerson() =>
        Assert.Equal("PERSON", TypesOf("Critics praised Dorian Velk on Monday.", "Dorian Velk"));

    [Theory]
    [InlineData("Critics praised the comedy Dorian Velk on Monday.", "Dorian Velk")]
    [InlineData("The award went to the rhythm game Tessa Brogue.", "Tessa Brogue")]
    [InlineData("He is suing the network over its programme Dorian Velk.", "Dorian Velk")]
    [InlineData("Critics praised the forthcoming thriller The Velk Affair.", "Velk Affair")]
    public void Recognize_RunAfterAWorkNoun_IsATitleNotAnEntity(string text, string title) =>
        Assert.Equal("-", TypesOf(text, title));

    [Fact]
    public void Recognize_TitleWithSmallWords_IsOneTitle()
    {
        // Without the glue, "Marrow" after "of" would start a new name.
        const string text = "The Spanish drama Dorian Velk of Marrow got five nominations.";
        Assert.Equal("-", TypesOf(text, "Dorian Velk"));
        Assert.Equal("-", TypesOf(text, "Marrow"));
    }

    [Fact]
    public void Recognize_LaterMentionOfATitle_IsTheTitle() =>
        Assert.Equal("-", TypesOf("The sitcom Dorian Velk returns next week. Dorian Velk drew six million viewers.", "Dorian Velk"));

    [Theory]
    [InlineData("A US TV network is being sued by a viewer.", "TV")]
    [InlineData("Polls close at 2200 GMT on Thursday.", "GMT")]
    [InlineData("The beta program only works on a PC hard drive.", "PC")]
    public void Recognize_AbbreviationNewsAlsoWritesInLowerCase_IsNoOrganisation(string text, string abbreviation) =>
        Assert.Equal("-", TypesOf(text, abbreviation));

    [Fact]
    public void Recognize_AcronymNewsNeverWritesInLowerCase_IsAnOrganisation() =>
        Assert.Equal("ORG", TypesOf("The QXRV said it would send observers.", "QXRV"));

    [Theory]
    [InlineData("Austin Veltram is suing the network. Mr Veltram said he was upset.", "Austin Veltram")]
    [InlineData("Former Cabinet minister Clare Dunmore has criticised the plan.", "Clare Dunmore")]
    public void Recognize_PlaceNameBeforeASurnameTheTextUsesForAPerson_IsAPerson(string text, string name) =>
        Assert.Equal("PERSON", TypesOf(text, name));

    [Fact]
    public void Recognize_PlaceNameBeforeAWordWithoutPersonEvidence_StaysAPlace() =>
        Assert.Equal("PLACE", TypesOf("Austin Veltram is suing the network.", "Austin"));

    [Fact]
    public void Recognize_NameEndingInALegalForm_IsAnOrganisationAndSoIsItsShortName()
    {
        // Without the legal form, a two-word run is read as a person's name and the short name as their surname.
        const string text = "Karl Vance will succeed Jan Ek as president of Quillmark KK in April. Quillmark had pinned its hopes on new phones.";
        Assert.Equal("ORG", TypesOf(text, "Quillmark KK"));
        Assert.Equal("ORG", TypesOf(text, "Quillmark"));
    }

    [Theory]
    [InlineData("The list was compiled by Quillmark Magazine last week.", "Quillmark Magazine", "ORG")]
    [InlineData("It says the UK Treasury has allocated the money.", "UK Treasury", "ORG")]
    [InlineData("He could not confirm whether the Treasury was planning to invest.", "Treasury", "ORG")]
    public void Recognize_NameWithAnInstitutionWord_IsAnOrganisation(string text, string name, string expected) =>
        Assert.Equal(expected, TypesOf(text, name));

    [Theory]
    [InlineData("The tool only works on PCs running Velmor XP or later.", "Velmor XP")]
    [InlineData("The list includes the Tessa Optio SV digital camera.", "Tessa Optio SV")]
    [InlineData("The list includes the Brogue YH-999 video jukebox.", "Brogue YH-999")]
    public void Recognize_RunEndingInAModelDesignation_IsNoPerson(string text, string name) =>
        Assert.DoesNotContain("PERSON", TypesOf(text, name), StringComparison.Ordinal);

    [Theory]
    [InlineData("The award went to John Velk III on Monday.", "John Velk III")]
    [InlineData("The award went to Dorian Velk on Monday.", "Dorian Velk")]
    public void Recognize_NameEndingInARomanNumeralOrAWord_StaysAPerson(string text, string name) =>
        Assert.Equal("PERSON", TypesOf(text, name));

    [Fact]
    public void Recognize_LoneNameAPlaceEarlierInTheDocument_IsThatPlace()
    {
        // Without the earlier mention nothing types the lone name ("assault of" is no locative).
        Assert.Equal("-", TypesOf("The assault of Varnakh was known as Operation Iron Fist.", "Varnakh"));
        Assert.Equal("PLACE,PLACE", TypesOf("The troops attacked the city of Varnakh on Monday. The assault of Varnakh was known as Operation Iron Fist.", "Varnakh"));
    }

    [Fact]
    public void Recognize_LoneNameAPersonEarlier_StaysThePerson() =>
        Assert.Equal("PERSON", TypesOf("Dorian Velk visited the city of Varnakh. Velk said the visit went well.", "Velk"));

    [Theory]
    [InlineData("The declaration follows that of Al-Varnakh province in December.", "Al-Varnakh")]
    [InlineData("He knew where to find it, in the city's popular Telmira neighbourhood.", "Telmira")]
    [InlineData("Fighting spread to the Velmor Hask district on Sunday.", "Velmor Hask")]
    public void Recognize_NameBeforeALowerCaseKindOfPlace_IsAPlace(string text, string name) =>
        Assert.Equal("PLACE", TypesOf(text, name));

    [Theory]
    [InlineData("THE CURFEW IN THE WALLED CITY AREAS WOULD STAY, OFFICIALS SAID.", "WALLED")]
    [InlineData("Troops entered the Besieged town on Monday.", "Besieged")]
    public void Recognize_ParticipleBeforeAKindOfPlace_IsNoPlace(string text, string word) =>
        Assert.Equal("-", TypesOf(text, word));

    [Fact]
    public void Recognize_UnknownNameWithoutAKindOfPlace_IsNoPlace() =>
        Assert.NotEqual("PLACE", TypesOf("He knew where to find Telmira on Sunday.", "Telmira"));

    [Fact]
    public void Recognize_SentenceInitialWordNewsWritesInLowerCase_IsNoName() =>
        Assert.Equal("-", TypesOf("The board met on Monday. Analysts said the resignations stemmed from a dispute.", "Analysts"));

    [Fact]
    public void Recognize_SentenceInitialWordThatIsPartOfAnEarlierName_StaysThatName() =>
        Assert.Equal("PERSON", TypesOf("Condoleezza Rice arrived on Monday. Rice said the talks went well.", "Rice"));
}
