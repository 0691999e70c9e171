using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Entities;

/// <summary>
/// Issue 9 point 8: a courtesy title or a title before a surname (<c>Mr Hague</c>, <c>Mrs Clinton</c>, <c>Dr Vellacott</c>,
/// <c>Field Marshal Haftar</c>) is a later mention of the person named in full, not a person of its own; a courtesy
/// title is no role, and the gender it says keeps apart namesakes of the other gender. Each case has a control.
/// </summary>
[Trait("Issue", "9")]
public sealed class HonorificCoreferenceTests
{
    /// <summary>The persons of a document, each with its mention texts in order: "William Hague: William Hague|Hague".</summary>
    private static List<string> People(string text)
    {
        var doc = Run(text);
        return [.. Mentions(doc).Where(m => m.Entity.Type == EntityType.Person && m.Kind != MentionKind.Pronoun)
            .GroupBy(m => m.Entity.Id).Select(g => $"{g.First().Entity.Name}: {string.Join("|", g.Select(m => m.Text))}")];
    }

    [Theory]
    // A surname that is also a place name ("The Hague", Clinton, Stephenson) after a title is the person's name.
    [InlineData("Foreign Secretary William Hague said the talks would go on. Mr Hague said Britain would help.", "William Hague: William Hague|Hague")]
    [InlineData("William Hague said the talks would go on. Mr. Hague said Britain would help.", "William Hague: William Hague|Hague")]
    [InlineData("Anne Stephenson published the study. Dr Stephenson said the results were clear.", "Anne Stephenson: Anne Stephenson|Stephenson")]
    [InlineData("Clare Dunmore resigned on Monday. Ms Dunmore said she was angry.", "Clare Dunmore: Clare Dunmore|Dunmore")]
    [InlineData("Greta Vellacott visited the town. Later Mrs Vellacott said she was pleased.", "Greta Vellacott: Greta Vellacott|Vellacott")]
    [InlineData("Donald Trump spoke to reporters. President Trump said the deal was good.", "Donald Trump: Donald Trump|Trump")]
    [InlineData("Khalifa Haftar launched an offensive. Field Marshal Haftar said his forces would win.", "Khalifa Haftar: Khalifa Haftar|Haftar")]
    // The title first, the full name later: one person.
    [InlineData("The talks went on. Mr Hague said Britain would help. William Hague later left.", "William Hague: Hague|William Hague")]
    public void Recognize_TitleAndSurnameAfterTheFullName_IsThatPerson(string text, string expected) =>
        Assert.Equal([expected], People(text));

    [Fact]
    public void Recognize_TitleAndSurnameAlone_IsAPersonNamedBySurname() =>
        Assert.Equal(["Hague: Hague"], People("Mr Hague said Britain would help."));

    [Fact]
    public void Recognize_TitleBeforeAPlaceAfterAConnector_StaysATitle()
    {
        // Control: "for the Middle East" is the title's, not a name.
        var doc = Run("The Minister for the Middle East said the talks would go on.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Person && e.Name == "Middle East");
    }

    [Theory]
    [InlineData("Foreign Secretary William Hague arrived. Mr Hague said Britain would help.", "William Hague", "Foreign Secretary")]
    [InlineData("William Hague arrived. Mr Hague said Britain would help.", "William Hague", null)]
    [InlineData("Clare Dunmore resigned. Ms Dunmore said she was angry.", "Clare Dunmore", null)]
    // Control: a title that is a role stays the role.
    [InlineData("Khalifa Haftar launched an offensive. Field Marshal Haftar said his forces would win.", "Khalifa Haftar", "Field Marshal")]
    public void Recognize_CourtesyTitle_IsNoRole(string text, string person, string? role) =>
        Assert.Equal(role, Person(Run(text), person).Role);

    [Fact]
    public void Recognize_CourtesyTitleOfOneGender_GoesToTheNamesakeOfThatGender()
    {
        var people = People("Bill Clinton and Hillary Clinton attended. Mrs Clinton said she was happy. Mr Clinton smiled.");
        Assert.Equal(["Bill Clinton: Bill Clinton|Clinton", "Hillary Clinton: Hillary Clinton|Clinton"], people);
    }

    [Fact]
    public void Recognize_CourtesyTitleOfTheOtherGenderThanTheOnlyNamesake_IsSomeoneElse()
    {
        var doc = Run("Bill Clinton attended the dinner. Mrs Clinton said she was happy. Clinton left early.");
        var persons = doc.Entities.Where(e => e.Type == EntityType.Person).ToList();
        Assert.Equal(2, persons.Count);

        // Control: a bare surname still goes to the person named in full.
        var bare = Mentions(doc).Last(m => m.Text == "Clinton");
        Assert.Equal("Bill Clinton", bare.Entity.Name);
    }

    [Fact]
    public void Recognize_CourtesyTitleOfTheSameGender_GoesToTheOnlyNamesake() =>
        Assert.Equal(["Bill Clinton: Bill Clinton|Clinton"], People("Bill Clinton attended the dinner. Mr Clinton said he was happy."));

    [Fact]
    public void Recognize_SeveralNamesakes_TheNearestEarlierOne()
    {
        var doc = Run("Gordon Brown spoke first. Peter Brown spoke next. Mr Brown said the plan would work.");
        Assert.Equal("Peter Brown", Mentions(doc).Last(m => m.Text == "Brown").Entity.Name);

        // Control: the namesake mentioned last, not the one named last.
        doc = Run("Gordon Brown spoke first. Peter Brown spoke next. Gordon Brown replied. Mr Brown said the plan would work.");
        Assert.Equal("Gordon Brown", Mentions(doc).Last(m => m.Text == "Brown").Entity.Name);
    }

    [Fact]
    public void Recognize_FullNameOfTheOtherGenderAfterATitledSurname_IsSomeoneElse()
    {
        var doc = Run("Mr Hague said Britain would help. Sarah Hague said she agreed.");
        Assert.Equal(2, doc.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Fact]
    public void Recognize_CourtesyTitle_IsNotAKnightOfTheSameSurname()
    {
        // Sir Ian Blair is "Sir Ian", never "Mr Blair", though he was mentioned last.
        var doc = Run("Sir Ian Blair warned of attacks. Tony Blair defended the plans. Sir Ian said the threat was real. Mr Blair insisted they were needed.");
        Assert.Equal("Tony Blair", Mentions(doc).Last(m => m.Text == "Blair").Entity.Name);
        Assert.Equal("Ian Blair", Mentions(doc).Last(m => m.Text == "Ian").Entity.Name);

        // Control: without the rank, the namesake mentioned last.
        doc = Run("Ian Blair warned of attacks. Tony Blair defended the plans. Ian Blair said the threat was real. Mr Blair insisted they were needed.");
        Assert.Equal("Ian Blair", Mentions(doc).Last(m => m.Text == "Blair").Entity.Name);
    }

    [Theory]
    [InlineData("Deputy Prime Minister Mr Prescott said the plan would work.", "Prescott", "Deputy Prime Minister")]
    [InlineData("Deputy Prime Minister John Prescott said the plan would work.", "John Prescott", "Deputy Prime Minister")]
    public void Recognize_CourtesyTitleAfterARole_IsNotPartOfIt(string text, string person, string role) =>
        Assert.Equal(role, Person(Run(text), person).Role);
}
