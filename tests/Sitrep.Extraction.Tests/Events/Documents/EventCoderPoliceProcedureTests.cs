using Sitrep.Core.Model;
using Sitrep.Extraction.Evaluation;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;
using static Sitrep.Extraction.Tests.Events.Documents.PoliceTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>
/// Police procedure as lower-case Indian news reports it (issue 8, the IndiaPoliceEvents bar, round wt11-ipe): an
/// accused produced before a court, bodies sent for post-mortem, premises sealed, search and combing operations,
/// people shifted to safety by the police, permission refused by the police, arrangements made to prevent
/// trouble, an act the police "acted (swiftly) to" do. The sentences are written for these tests, in the constructions
/// the corpus uses; each negative case is the same words in a reading that is no police act.
/// </summary>
[Trait("Issue", "8")]
public sealed class EventCoderPoliceProcedureTests
{
    [Theory]
    [InlineData("the accused were produced in court on monday.", "173")]
    [InlineData("the police produced the accused before the magistrate.", "173")]
    [InlineData("all the 14 arrested were produced before a local court which remanded them in judicial custody.", "173")]
    [InlineData("police sent the bodies for post-mortem.", "091")]
    [InlineData("the body was sent for postmortem by the police.", "091")]
    [InlineData("the police sealed off the area after the clash.", "172")]
    [InlineData("some elements burnt down the vhp offices after the police sealed it.", "172")]
    [InlineData("the police conducted search operations in the area.", "170")]
    [InlineData("the police launched combing operations in the villages.", "170")]
    [InlineData("police have launched a manhunt for the accused.", "170")]
    [InlineData("the families were being shifted to vadodara by the police in three trucks.", "073")]
    [InlineData("the police shifted the injured to hospital.", "073")]
    [InlineData("the police acted swiftly to arrest a local vhp activist.", "173")]
    [InlineData("the police acted to disperse the mob.", "175")]
    [InlineData("a group of mps were denied permission to visit the camps by the state police.", "120")]
    [InlineData("the activists raised slogans after being denied permission by police to hold the yajna.", "120")]
    [InlineData("meanwhile, the city police have made arrangements to take care of any untoward incident.", "153")]
    [InlineData("the minister said that adequate arrangements have been made to foil the designs of the militants.", "153")]
    public void Code_PoliceProcedure_GivesPoliceEvent(string text, string code) =>
        Assert.Contains(code, PoliceCodes(text));

    [Theory]
    [InlineData("the court asked that the accused be produced before it.", "173")]
    [InlineData("the report produced by the police committee was tabled.", "173")]
    [InlineData("the minister sealed a deal with the company.", "172")]
    [InlineData("the victory sealed the fate of the party.", "172")]
    [InlineData("the company shifted its focus to exports.", "073")]
    [InlineData("the police have been asked to launch a manhunt.", "170")]
    [InlineData("the police did not act to disperse the mob.", "175")]
    [InlineData("the vhp leaders were denied permission to hold the rally.", "120")]
    [InlineData("the vhp has made arrangements to take the pillars to ayodhya.", "153")]
    public void Code_SameWordsNoPoliceProcedure_GiveNoPoliceEvent(string text, string code) =>
        Assert.DoesNotContain(code, PoliceCodes(text));

    [Theory]
    [InlineData("Britain and France sealed a trade deal on Monday.")]
    [InlineData("The company shifted production to Mexico.")]
    [InlineData("The bank produced a report on the economy.")]
    [InlineData("Investors have adapted by shifting to the medium term issues offered by Ottawa.")]
    public void Code_GeneralNewsWords_CodeNoSanctionOrAid(string text) =>
        Assert.DoesNotContain(Analyse(text).Events, e => e.Code.ToString() is "172" or "073" or "173" or "170");
}
