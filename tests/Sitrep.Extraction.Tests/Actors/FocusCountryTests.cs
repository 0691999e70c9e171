using Sitrep.Core.Model;
using Sitrep.Extraction.Dictionaries.Actors;
using static Sitrep.Extraction.Tests.Dictionaries.Actors.ActorFileTestKit;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Actors;

/// <summary>
/// Issue 9 point 8: a descriptive name with no country of its own ("the internationally recognised government", a
/// <c>*GOV</c> line of groups.txt) takes the country the document is about.
/// </summary>
[Trait("Issue", "9")]
public sealed class FocusCountryTests
{
    private static string CodeOf(string text, string mention)
    {
        var doc = Default.Process(new Document("t", text, new DocumentMetadata { Date = new DateOnly(2019, 8, 10) }));
        var entity = doc.Mentions.Where(m => doc.TextOf(m.Span) == mention).Select(m => doc.Entities[m.EntityId]).First();
        return doc.Actors.SingleOrDefault(a => a.EntityId == entity.Id)?.Code.Value ?? "-";
    }

    [Theory]
    [InlineData("Separatists seized the palace in Aden, Yemen, on Saturday. The internationally recognised government of Yemen called it a coup. Yemen has been at war since 2015.", "YEMGOV")]
    [InlineData("Forces loyal to the internationally recognised government repelled an attack south of Tripoli. Libya has been split since 2014, and Libya's east is held by Haftar.", "LBYGOV")]
    [InlineData("The internationally recognised government in Kabul lost ground. Afghanistan's army retreated as Afghanistan braced for more fighting.", "AFGGOV")]
    public void Code_DescriptiveGovernment_IsTheFocusCountrysGovernment(string text, string expected) =>
        Assert.Equal(expected, CodeOf(text, "internationally recognised government"));

    [Fact]
    public void Code_DescriptiveGovernmentInADocumentNamingNoCountry_IsUncoded() =>
        Assert.Equal("-", CodeOf("The internationally recognised government said the talks failed.", "internationally recognised government"));

    [Fact]
    public void FocusCountry_MostMentionedCountry_FirstOnATie()
    {
        var assignments = new[]
        {
            new ActorAssignment(0, ActorCode.Parse("LBY"), "dictionary", "countries.txt:12"),
            new ActorAssignment(1, ActorCode.Parse("YEMGOV"), "dictionary", "places.txt:3"),
            new ActorAssignment(2, ActorCode.Parse("YEMREB"), "dictionary", "groups.txt:40"),
        };
        Mention M(int entity, int start) => new(new TextSpan(start, start + 4), entity, MentionKind.Name);
        Assert.Equal("YEM", Sitrep.Extraction.Actors.ActorCoder.FocusCountry(assignments, [M(0, 0), M(1, 10), M(1, 20), M(2, 30), M(2, 40), M(2, 50)])?.Value);
        Assert.Equal("LBY", Sitrep.Extraction.Actors.ActorCoder.FocusCountry(assignments, [M(0, 0), M(1, 10)])?.Value);
        Assert.Null(Sitrep.Extraction.Actors.ActorCoder.FocusCountry(assignments, [M(2, 0)]));
    }

    [Fact]
    public void Read_FocusCountryMark_KeepsTheRoleAndLeavesTheActorDictionary()
    {
        var records = ActorFileReader.Read(File("groups.txt", "*GOV\tinternationally recognised government | UN-backed government\t\t\tdescriptive", "LBYGOV\tGNA"));
        Assert.True(records[0].FocusCountry);
        Assert.Equal("GOV", records[0].Code.Value);
        Assert.False(records[1].FocusCountry);
        Assert.Null(ActorDictionary.Build(records).Lookup("internationally recognised government", Date("2020-01-01")));
        Assert.NotNull(FocusGroupDictionary.Build(records).Match("the internationally recognised government", Date("2020-01-01")));
    }

    [Theory]
    [InlineData("*GOVMIL\tx")]
    [InlineData("*---\tx")]
    public void Read_BadFocusCode_ErrorNamesTheFix(string line) =>
        Assert.Contains("focus-country code", Assert.Throws<Sitrep.Extraction.Data.DataFileException>(() => ActorFileReader.Read(File("g.txt", line))).Message, StringComparison.Ordinal);
}
