using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Entities;

/// <summary>
/// Issue 9 point 8: person spans in general news. A title and surname followed by a preposition and another name is
/// two mentions, not one; a rank before "of the" heads a phrase, not a name; an occupational noun capitalised at a
/// sentence's start is a role; a run ending in a generic place element with no person cue is a place. Each case has a
/// control.
/// </summary>
[Trait("Issue", "9")]
public sealed class GeneralNewsPersonSpanTests
{
    private static List<string> Persons(string text) =>
        [.. Run(text).Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name)];

    [Theory]
    [InlineData("Mr Ward on Facebook Messenger said the plan was wrong.", "Facebook Messenger")]
    [InlineData("Dr Green on Europe was more cautious.", "Europe")]
    public void Recognize_TitledSurnameBeforeAPrepositionAndAName_EndsAtTheSurname(string text, string other)
    {
        var persons = Persons(text);
        Assert.DoesNotContain(persons, p => p.Contains(" on ", StringComparison.Ordinal));
        Assert.DoesNotContain(other, persons);
    }

    [Fact]
    public void Recognize_TitledSurnameBeforeAPreposition_IsThePerson() =>
        Assert.Contains("Ward", Persons("Mr Ward on Facebook Messenger said the plan was wrong."));

    [Fact]
    public void Recognize_TitleWordBeforeAConnector_KeepsTheLongerTitle()
    {
        // Control: "Secretary of State" is one title before the name.
        var person = Person(Run("Secretary of State Mike Pompeo said the talks would go on."), "Mike Pompeo");
        Assert.Equal("Secretary of State", person.Role);
    }

    [Fact]
    public void Recognize_TitleChainWithTwoConnectors_StaysOneTitle()
    {
        // Control: "and" after "of England" continues a title that a connector already joined.
        var doc = Run("The Lord Chief Justice of England and Wales said the ruling stood.");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Person && e.Role == "Lord Chief Justice of England and Wales");
    }

    [Theory]
    [InlineData("Fans queued for Lord of the Isles on Friday.", "Isles")]
    [InlineData("Tickets for Lady of the Lake were sold out.", "Lake")]
    public void Recognize_RankBeforeOfThe_IsNoPerson(string text, string notPerson) =>
        Assert.DoesNotContain(Persons(text), p => p.Contains(notPerson, StringComparison.Ordinal));

    [Fact]
    public void Recognize_RankBeforeAName_IsAPerson() =>
        Assert.Contains("Kevin Marsh", Persons("Sir Kevin Marsh said the show was good."));

    [Theory]
    [InlineData("Scientist Mary Thornton said the results were clear.", "Mary Thornton", "Scientist")]
    [InlineData("Engineer Paul Dawson agreed with the findings.", "Paul Dawson", "Engineer")]
    public void Recognize_OccupationalNounAtSentenceStart_IsTheRole(string text, string name, string role)
    {
        var person = Person(Run(text), name);
        Assert.Equal(role, person.Role);
    }

    [Fact]
    public void Recognize_GivenNameAtSentenceStart_StaysInTheName() =>
        // Control: a sentence's first word that is a given name is part of the name.
        Assert.Contains("Paul Dawson", Persons("Paul Dawson agreed with the findings."));

    [Theory]
    [InlineData("Residents of Tower Hill complained about the noise.", "Tower Hill")]
    [InlineData("The council said Tooting Common would reopen.", "Tooting Common")]
    [InlineData("Crowds gathered in Hampstead Heath on Sunday.", "Hampstead Heath")]
    public void Recognize_RunEndingInAPlaceElement_IsAPlace(string text, string place)
    {
        var doc = Run(text);
        Assert.DoesNotContain(place, Persons(text));
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Place && e.Name == place);
    }

    [Theory]
    [InlineData("Edward Hill won the race.", "Edward Hill")]
    [InlineData("Mr Green said the plan was fine.", "Green")]
    [InlineData("The award went to Conleth Hill, who plays the director.", "Conleth Hill")]
    public void Recognize_PlaceElementAfterAGivenNameOrTitle_IsAPerson(string text, string person) =>
        // Control: a given name or a title is a person cue.
        Assert.Contains(person, Persons(text));

    [Theory]
    [InlineData("Labour MP Tessa Harding said the bill was unfair. Mrs Harding was not alone.", "Tessa Harding", "Labour MP")]
    [InlineData("Conservative MP Alan Hughes spoke. Later Mr Hughes said he would appeal.", "Alan Hughes", "MP")]
    public void Recognize_PartyMemberOfParliament_IsTheRoleAndLinksTheTitledSurname(string text, string name, string role)
    {
        var doc = Run(text);
        Assert.Equal(role, Person(doc, name).Role);
        Assert.Single(doc.Entities, e => e.Type == EntityType.Person && e.Name.Contains(name.Split(' ')[1], StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_MemberOfParliamentForAPlace_IsNoPersonNamedByThePlace() =>
        // Control: after "MP for", a place is the constituency, not a name.
        Assert.DoesNotContain("Ham", Persons("But Tony Banks, Labour MP for West Ham, said the issue would disappear."));
}
