using Sitrep.Core.Model;
using Sitrep.Extraction.Evaluation;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>
/// Police acts the coder missed in round ipe-any3 (issue 8, the IndiaPoliceEvents ANY_ACTION recall): security
/// arrangements made or completed in the agentless passive, surveillance of areas and activities, a joint noun read as
/// the verb it also is ("cops patrol the coaches"), a police station that acts as the force posted there ("the police
/// station filed firs"). The sentences are written for these tests; each negative case keeps the words
/// in a reading that is no police act.
/// </summary>
[Trait("Issue", "8")]
public sealed class EventCoderPoliceRecallTests
{
    private static Document Analyse(string text) => PoliceTestKit.Analyse(text, "lucknow");

    private static List<string> PoliceCodes(string text) => PoliceTestKit.PoliceCodes(text, "lucknow");

    [Theory]
    [InlineData("elaborate security arrangements have been made around the shrine.", "153")]
    [InlineData("the security arrangements near the fort were made tighter on monday.", "153")]
    [InlineData("adequate security measures have been taken for the festival.", "153")]
    [InlineData("all the security arrangements for the fair have been completed.", "153")]
    [InlineData("strict security measures, including frisking of visitors, have been undertaken at the gates.", "153")]
    [InlineData("the city police are closely monitoring the areas near the market.", "151")]
    [InlineData("policemen in plain clothes were monitoring the movement of the strangers.", "151")]
    [InlineData("armed cops patrol the platforms at night.", "150")]
    [InlineData("the police patrol the lanes of the old town every evening.", "150")]
    [InlineData("the city police station has registered a case against the landlord.", "091")]
    [InlineData("all police stations have been put on alert after the blast.", "151")]
    public void Code_MissedPoliceConstruction_GivesPoliceEvent(string text, string code) =>
        Assert.Contains(code, PoliceCodes(text));

    [Theory]
    [InlineData("the organisers have made arrangements for drinking water.", "153")]
    [InlineData("the builder completed the construction of the flyover.", "153")]
    [InlineData("the trust undertook a survey of the temple lands.", "153")]
    [InlineData("the collector is monitoring the relief work in the villages.", "151")]
    [InlineData("the police are monitoring the situation.", "151")]
    [InlineData("a police patrol was stoned near the market.", "150")]
    [InlineData("the police patrol left the village before dawn.", "150")]
    [InlineData("the security arrangements would be reviewed next week.", "153")]
    [InlineData("curfew was imposed in three police station areas.", "1723")]
    public void Code_SameWordsNoPoliceAct_GiveNoSuchPoliceEvent(string text, string code) =>
        Assert.DoesNotContain(code, PoliceCodes(text));

    // A police station as a place or a patient stays a place: no police act.
    [Theory]
    [InlineData("a crowd gathered outside the police station on monday.")]
    [InlineData("the mob set fire to the police station.")]
    public void Code_PoliceStationAsPlace_GivesNoPoliceEvent(string text) =>
        Assert.Empty(PoliceCodes(text));
}
