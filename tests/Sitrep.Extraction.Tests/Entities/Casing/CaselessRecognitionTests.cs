using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Entities.Casing;

/// <summary>Sentences the recogniser reads in newsroom casing give the same entities lower-cased and in capitals (issue 8 point 4).</summary>
[Trait("Issue", "8")]
public class CaselessRecognitionTests
{
    public static TheoryData<string> Sentences =>
    [
        "The attack was condemned, GNA Interior Minister Fathi Bashagha said in a statement.",
        "Ankara backs the government against veteran commander Khalifa Haftar.",
        "The gap was left under President Donald Trump last year.",
        "Turkey has already provided drones to the government in Tripoli.",
        "The maneuver in Libya by Russia and Turkey has overshadowed European efforts.",
        "Russia may want a naval base in eastern Libya, said Jalel Harchaoui, a research fellow.",
        "Chief Minister Narendra Modi visited Godhra and Ahmedabad on Thursday.",
    ];

    private static HashSet<(EntityType, string)> Entities(string text) =>
        [.. Run(text).Entities.Where(e => e.Type != EntityType.Equipment).Select(e => (e.Type, e.Name.ToLowerInvariant()))];

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Recognize_LowerCaseSentence_SameEntitiesAsNewsroomCasing(string sentence)
    {
        Assert.Equal(Entities(sentence), Entities(sentence.ToLowerInvariant()));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Recognize_AllCapsSentence_SameEntitiesAsNewsroomCasing(string sentence)
    {
        Assert.Equal(Entities(sentence), Entities(sentence.ToUpperInvariant()));
    }

    [Fact]
    public void Recognize_LowerCaseSentence_SpansIndexTheRawText()
    {
        var text = "the tla general secretary manhar shukla said the mills in ahmedabad were shut.";
        var doc = Run(text);
        Assert.Contains(doc.Mentions, m => doc.TextOf(m.Span) == "manhar shukla" && doc.Entities[m.EntityId].Type == EntityType.Person);
        Assert.Contains(doc.Mentions, m => doc.TextOf(m.Span) == "ahmedabad" && doc.Entities[m.EntityId].Type == EntityType.Place);
        Assert.Equal(text, doc.Text);
    }

    [Theory]
    [InlineData("joint commissioner v.n. deshmukh praised the police for its work.", "V.N. Deshmukh", EntityType.Person)]
    [InlineData("the vishwa hindu parishad (vhp) gave a call for a countrywide bandh.", "Vishwa Hindu Parishad", EntityType.Org)]
    [InlineData("the ruling telugu desam party (tdp) urged the centre to act.", "Telugu Desam Party", EntityType.Org)]
    [InlineData("state bjp president ashim ghosh told reporters in kolkata that the unit was unhappy.", "Ashim Ghosh", EntityType.Person)]
    [InlineData("the curfew was clamped in the walled city of ahmedabad after the attack on the train.", "Ahmedabad", EntityType.Place)]
    [InlineData("the students of damascus university met the minister on monday.", "Damascus University", EntityType.Org)]
    public void Recognize_LowerCaseNewsShapes_FindsTheEntity(string text, string name, EntityType type)
    {
        Assert.Contains(Run(text).Entities, e => e.Type == type && e.Name == name);
    }

    [Theory]
    [InlineData("V.N. Deshmukh praised the police for its work.", "V.N. Deshmukh", EntityType.Person)]
    [InlineData("The Vishwa Hindu Parishad (VHP) gave a call for a countrywide bandh.", "Vishwa Hindu Parishad", EntityType.Org)]
    public void Recognize_NewsroomCasing_InitialsAndDefinedAcronyms(string text, string name, EntityType type)
    {
        Assert.Contains(Run(text).Entities, e => e.Type == type && e.Name == name);
    }
}
