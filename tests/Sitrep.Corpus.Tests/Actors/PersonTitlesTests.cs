using Sitrep.Corpus.Actors;

namespace Sitrep.Corpus.Tests.Actors;

/// <summary>Issue 10 point 4: titles before a person's name are not part of the actor's name.</summary>
[Trait("Issue", "10")]
public sealed class PersonTitlesTests
{
    [Theory]
    [InlineData("Field Marshal Khalifa Haftar", null, "Khalifa Haftar")]
    [InlineData("Field Marshal Haftar", null, "Haftar")]
    [InlineData("President Erdogan", null, "Erdogan")]
    [InlineData("Turkish President Tayyip Erdogan", null, "Tayyip Erdogan")]
    [InlineData("Interior Minister Fathi Bashagha", "Interior Minister", "Fathi Bashagha")]
    [InlineData("Mr Smith", null, "Smith")]
    [InlineData("Sen. John McCain", null, "John McCain")]
    [InlineData("Analyst Jalel Harchaoui", "analyst", "Jalel Harchaoui")]
    public void Strip_LeadingTitle_Removed(string name, string? role, string expected) =>
        Assert.Equal(expected, PersonTitles.Default.Strip(name, role));

    [Theory]
    [InlineData("Khalifa Haftar")]
    [InlineData("John Major")]
    [InlineData("President")]
    [InlineData("the general Haftar")]
    public void Strip_NoLeadingTitle_Unchanged(string name) =>
        Assert.Equal(name, PersonTitles.Default.Strip(name, null));
}
