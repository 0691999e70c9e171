using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Entities;

/// <summary>
/// Issue 9 point 8: entities on general news. Organisations from context and form, words glued by text extraction, and
/// number designations. Company names are invented ("Zorvex", "Quillmark") so that only the construction can decide.
/// </summary>
[Trait("Issue", "9")]
public sealed class GeneralNewsEntityTests
{
    /// <summary>The type of every mention whose text is <paramref name="name"/>, in order, as "ORG" or "-" when none.</summary>
    private static string TypesOf(string text, string name)
    {
        var doc = Run(text);
        var types = Mentions(doc).Where(m => m.Text == name).Select(m => m.Entity.Type.ToString().ToUpperInvariant()).ToList();
        return types.Count == 0 ? "-" : string.Join(",", types);
    }

    [Theory]
    [InlineData("Search giant Zorvex launched a desktop tool in October.", "Zorvex")]
    [InlineData("The award was given by US publication Quillmark for the second year.", "Quillmark")]
    [InlineData("Shares in Quillmark fell 5% on Monday.", "Quillmark")]
    [InlineData("Former Quillmark boss Anna Berg left on Monday.", "Quillmark")]
    [InlineData("A Zorvex spokeswoman declined to comment.", "Zorvex")]
    [InlineData("Quillmark's shares have fallen to a 10-year low.", "Quillmark")]
    [InlineData("Karl Vance, a security manager at Zorvex, said the flaw was minor.", "Zorvex")]
    [InlineData("Jan Ek, a spokesman for Quillmark, said on Sunday he could not confirm it.", "Quillmark")]
    [InlineData("Zorvex has said it plans to offer its own software.", "Zorvex")]
    [InlineData("Small firms such as Blinkorp, Copernex and Zorvex offer similar tools.", "Zorvex")]
    public void Recognize_NameTheTextTreatsAsAnOrganisation_IsAnOrganisation(string text, string name) =>
        Assert.Equal("ORG", TypesOf(text, name));

    [Fact]
    public void Recognize_EvidenceAnywhere_TypesEveryMentionOfTheName()
    {
        const string text = "Zorvex said the program was not widespread. Earlier, search giant Zorvex said it would buy a rival. Zorvex declined to comment.";
        Assert.Equal("ORG,ORG,ORG", TypesOf(text, "Zorvex"));
    }

    [Fact]
    public void Recognize_ListAfterAKindOfOrganisation_TypesEveryName()
    {
        const string text = "Small firms such as Blinkorp, Copernex and Zorvex offer similar tools.";
        Assert.Equal("ORG", TypesOf(text, "Blinkorp"));
        Assert.Equal("ORG", TypesOf(text, "Copernex"));
    }

    [Theory]
    // A surname of a person named in the document stays that person's, whatever follows it.
    [InlineData("Mr Kessler said the board would meet. Kessler said its timing was right.", "Kessler", "PERSON,PERSON")]
    [InlineData("Chancellor Gordon Brown said its plan would work.", "Gordon Brown", "PERSON")]
    // A country stays a place or acts as a state: no company evidence turns it into one.
    [InlineData("Shares in Japan fell on Monday.", "Japan", "PLACE")]
    public void Recognize_PeopleAndCountries_AreNotRetyped(string text, string name, string expected) =>
        Assert.Equal(expected, TypesOf(text, name));

    [Theory]
    // Without the rule, a given name and the glued word make a person "Jo JorgensenImage" (a Wikinews caption: the
    // form is in the casing table, but its stem stands alone in the text).
    [InlineData("The party picked a nominee.\n\nJo JorgensenImage: Jo Jorgensen for President.\n\nThe vote is in May.", "Jo JorgensenImage")]
    // A form edited news never writes.
    [InlineData("Protesters cheered Karl KesslerPhoto in the square.", "Karl KesslerPhoto")]
    public void Recognize_WordsGluedByExtraction_AreNoNames(string text, string glued) =>
        Assert.Equal("-", TypesOf(text, glued));

    [Theory]
    [InlineData("Ray MacArthur said the plan would work.", "Ray MacArthur")]
    [InlineData("Joe McDonald said the plan would work.", "Joe McDonald")]
    [InlineData("Ron DeSantis said the plan would work.", "Ron DeSantis")]
    [InlineData("Lee Raymond said ExxonMobil would cut costs.", "Lee Raymond")]
    public void Recognize_CamelCaseNameForms_StayNames(string text, string name) =>
        Assert.Equal("PERSON", TypesOf(text, name));

    [Fact]
    public void Recognize_BrandFormNewsWrites_StaysAName() =>
        Assert.NotEqual("-", TypesOf("Shares in ExxonMobil rose on Monday.", "ExxonMobil"));

    [Theory]
    [InlineData("Marine One landed on the South Lawn on Friday.", "Marine One")]
    [InlineData("Halo 2 won the best Xbox game category.", "Halo")]
    [InlineData("The handheld award went to Colin McRae Rally 2005 this year.", "Colin McRae Rally")]
    [InlineData("Burnout 3 won three awards in the categories.", "Burnout")]
    public void Recognize_NameWithANumberDesignation_IsNoPerson(string text, string name) =>
        Assert.DoesNotContain("PERSON", TypesOf(text, name), StringComparison.Ordinal);

    [Fact]
    public void Recognize_PersonWithAgeAfterComma_IsStillAPerson() =>
        Assert.Equal("PERSON", TypesOf("Anna Berg, 45, said the plan would work.", "Anna Berg"));

    [Theory]
    // The organisation's name alone says nothing about the person.
    [InlineData("Henry Fordham spoke to reporters on Monday. The Fordham Foundation gave the museum a grant.", "Henry Fordham", null)]
    // The text links them in one sentence.
    [InlineData("Henry Fordham said the Fordham Foundation would give the museum a grant.", "Henry Fordham", "Fordham Foundation")]
    // A name leading a lower-case group noun names the person's own group.
    [InlineData("Veteran commander Khalifa Haftar spoke on Monday. The offensive launched by Haftar forces stalled.", "Khalifa Haftar", "Haftar forces")]
    public void Recognize_SurnameAtTheHeadOfAnOrganisation_AffiliatesOnlyWhereTheTextSaysSo(string text, string person, string? affiliation) =>
        Assert.Equal(affiliation, Person(Run(text), person).Affiliation);
}
