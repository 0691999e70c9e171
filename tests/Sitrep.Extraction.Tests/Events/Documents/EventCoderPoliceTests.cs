using Sitrep.Core.Model;
using Sitrep.Extraction.Evaluation;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;
using static Sitrep.Extraction.Tests.Events.Documents.PoliceTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>
/// Police actions as lower-case Indian news reports them (issue 8, the IndiaPoliceEvents bar), through the default
/// pipeline: police-like heads (<c>data/actors/generic.txt</c>), the police verbs of <c>data/events/verbs.txt</c>, the
/// implied police agent of agentless arrests and repression, statements, and the moods that keep unrealised acts out.
/// The sentences are written for these tests, in the constructions the corpus uses.
/// </summary>
[Trait("Issue", "8")]
public sealed class EventCoderPoliceTests
{
    [Theory]
    [InlineData("police opened fire to disperse the mob, killing two.", "193")]
    [InlineData("the police fired in the air to disperse the mob.", "175")]
    [InlineData("the police had to fire 10 rounds to disperse a rampaging mob.", "193")]
    [InlineData("three persons were injured in police firing.", "193")]
    [InlineData("two people died in police firing in vadodara.", "193")]
    [InlineData("police firing killed two people in the walled city.", "190")]
    [InlineData("the police lobbed teargas shells to disperse the crowd.", "175")]
    [InlineData("tear-gas shells were lobbed to disperse the crowd.", "175")]
    [InlineData("earlier, 322 tear-gas shells, including 214 long-range and 86 short-range, were lobbed by police.", "175")]
    [InlineData("the mob was lathicharged by the police.", "175")]
    [InlineData("the police resorted to a lathi-charge.", "175")]
    [InlineData("kar sevaks were arrested by the railway police.", "173")]
    [InlineData("twelve people were arrested on friday.", "173")]
    [InlineData("the police rounded up 25 people.", "173")]
    [InlineData("he was taken into custody on sunday.", "173")]
    [InlineData("six people were sent to jail.", "173")]
    [InlineData("so far more than 432 arrests have been made in the city.", "173")]
    [InlineData("siddiqui was picked up by police from his residence.", "173")]
    [InlineData("the police picked up six persons on sunday.", "173")]
    [InlineData("buses were requisitioned to transport the arrested ram sevaks.", "173")]
    [InlineData("so far, the police have booked 62 people in godhra.", "173")]
    [InlineData("the two sides hurled stones for two hours forcing the police to open fire in the air.", "175")]
    [InlineData("sixty per cent of the people who died due to police firing were from the majority community.", "193")]
    [InlineData("however, the police in self-defence fired about 40 rounds killing two persons.", "190")]
    [InlineData("the arrest of 12 activists by the police sparked protests.", "173")]
    [InlineData("those arrested included a bjp worker.", "173")]
    [InlineData("31 people arrested near here were released later.", "173")]
    [InlineData("the police have registered a case against the accused.", "091")]
    [InlineData("the para-military forces conducted a flag march in the walled city.", "150")]
    [InlineData("the rapid action force was deployed in the area.", "154")]
    [InlineData("the crpf and srp jawans patrolled the streets.", "150")]
    [InlineData("police rushed to the spot.", "154")]
    [InlineData("the police are investigating the incident.", "090")]
    [InlineData("police said the situation was under control.", "010")]
    [InlineData("according to police sources, the situation was tense.", "010")]
    [InlineData("the police commissioner denied any such incident.", "016")]
    [InlineData("the dgp, however, refused to comment on the reasons.", "011")]
    [InlineData("however, the surat police put the toll at five.", "010")]
    [InlineData("police have intensified investigation into the violence.", "090")]
    [InlineData("the police force was present at the meet in full strength.", "150")]
    [InlineData("only 17 policemen were on duty in the town.", "150")]
    [InlineData("senior police officials are camping in the town.", "150")]
    [InlineData("police have been asked to remain vigilant.", "151")]
    [InlineData("district police have also been asked to keep a close watch on the groups.", "151")]
    [InlineData("the city police has been asked to be on guard.", "151")]
    [InlineData("the home department has directed the police to remain vigilant.", "151")]
    [InlineData("a close vigil is being kept on the movements of the kar sevaks.", "151")]
    [InlineData("security has been beefed up in and around the workshops.", "153")]
    [InlineData("the state police prevented kar sevaks from boarding the trains.", "170")]
    [InlineData("the stolen jewellery has been recovered by the police.", "1711")]
    [InlineData("the police have recovered rs 4,26,700 in cash from her house.", "1711")]
    [InlineData("the complaint was filed by police sub-inspector a k solanki.", "091")]
    [InlineData("the bsf has been dispatched to surat.", "154")]
    [InlineData("city police had rushed extra teams of police officials to the station.", "154")]
    [InlineData("police had a lot of difficulty in reaching the troubled spot.", "154")]
    [InlineData("senior inspector j singh of the khar police station played down the incident.", "010")]
    [InlineData("b k nanavati, the deputy police superintendent of godhra, has also said the probe found nothing.", "010")]
    [InlineData("a police team, which rushed to the spot to control the situation, was also not spared.", "154")]
    [InlineData("police now believe that they were probably foreign agents.", "010")]
    [InlineData("gujarat breathed a sigh of relief amid heavy deployment of security forces.", "154")]
    [InlineData("meanwhile, police have stepped up vigil across the state.", "151")]
    [InlineData("\"we have arrested five persons who broke the curfew orders.", "173")]
    [InlineData("they fired 6,500 rounds, lobbed 8,300 teargas shells and arrested 10,000 people.", "175")]
    [InlineData("police arrested the main accused on sunday. he was remanded to police custody till april 1.", "173")]
    [InlineData("the railway police have been instructed by the higher authorities to keep a strict vigil on the trains.", "151")]
    [InlineData("police fear that the darkness would provide cover for more violence.", "012")]
    [InlineData("the police have also been asked to take sufficient security measures on the route.", "153")]
    [InlineData("the district police raided the residence of the absconding accused on monday.", "170")]
    [InlineData("when the local police raided a hideout near the river", "170")]
    [InlineData("the police searched the houses of the two suspects.", "170")]
    [InlineData("the suspect was interrogated for six hours by the railway police.", "090")]
    [InlineData("the crime branch questioned the accused about the bombs.", "090")]
    [InlineData("the police prevented their entry into the shrine.", "170")]
    [InlineData("the men in khaki cane-charged the stone-throwing crowd.", "175")]
    [InlineData("a cane-charge by the police dispersed the protesters.", "175")]
    [InlineData("the ats detained four youths in surat on tuesday.", "173")]
    public void Code_LowerCasePoliceAction_GivesPoliceEvent(string text, string code) =>
        Assert.Contains(code, PoliceCodes(text));

    [Theory]
    [InlineData("nobody was arrested as it was a peaceful march.", "173")]
    [InlineData("the vhp demanded the arrest of the culprits.", "173")]
    [InlineData("an arrest warrant was issued against him.", "173")]
    [InlineData("he suggested that those guilty be booked under poto.", "173")]
    [InlineData("vhp leaders are likely to be arrested on friday.", "173")]
    [InlineData("my arrest would not be in anyone's interest, singhal said.", "173")]
    [InlineData("the police will not be able to make any arrests.", "173")]
    [InlineData("the district jail has had to accommodate double its capacity.", "173")]
    [InlineData("the injured were taken to hospital.", "173")]
    [InlineData("the talks were held in delhi.", "173")]
    [InlineData("the possibilities were suppressed by timely administrative action.", "175")]
    [InlineData("the police did not open fire.", "193")]
    [InlineData("the police could open fire if the mob turns violent.", "193")]
    [InlineData("the police said that the bombs were made to fan communal trouble.", "183")]
    [InlineData("the police has been asked to investigate the matter.", "090")]
    [InlineData("the police have been asked to arrest the culprits.", "173")]
    [InlineData("the police will be present in the campus on friday.", "150")]
    [InlineData("they questioned the role of the government in the non-deployment of central police organisations.", "154")]
    [InlineData("the opposition leaders demanded the deployment of police in gujarat.", "154")]
    [InlineData("\"we were apprehending acts of retaliation on people not connected with that barbarism.", "173")]
    [InlineData("kolkata police is likely to take ansari into custody after the investigations.", "173")]
    [InlineData("the three were jailed for five years.", "173")]
    [InlineData("the police officer picked up a medal for bravery.", "173")]
    [InlineData("two men were sentenced to life imprisonment.", "173")]
    [InlineData("the police could raid the house if the accused does not surrender.", "170")]
    [InlineData("the police officer was questioned by reporters outside the court.", "090")]
    [InlineData("police questioned the decision to shift the camp.", "090")]
    public void Code_PoliceActNotDone_GivesNoSuchPoliceEvent(string text, string code) =>
        Assert.DoesNotContain(code, PoliceCodes(text));

    [Fact]
    public void Code_SpeakerInItsClause_MakesAStatement() =>
        Assert.Contains("GON>-:010", EventTestKit.Dump("Gondor said the talks would resume.").Split("; "));

    [Fact]
    public void Code_ActorBeforeTheCommaOfAReport_IsNoSpeaker() =>
        Assert.DoesNotContain(":010", EventTestKit.Dump("Gondor sent drones to Mordor, officials said."), StringComparison.Ordinal);

    [Fact]
    public void Code_TwoArrestsInOneSplitSentence_AreBothCoded()
    {
        var doc = Analyse("police on sunday arrested the main accused. he was remanded to police custody till april 1.");
        Assert.Equal(2, doc.Events.Count(e => e.Code.ToString() == "173" && IpeEvaluator.IsPoliceSource(e)));
    }

    [Fact]
    public void Code_AgentlessArrest_ImpliesPoliceWithoutWords()
    {
        var doc = Analyse("twelve people were arrested on friday.");
        var arrest = Assert.Single(doc.Events, e => e.Code.ToString() == "173");
        Assert.NotNull(arrest.Source);
        Assert.True(arrest.Source.Generic);
        Assert.Equal(0, arrest.Source.Span.Length);
        Assert.Equal(arrest.Trigger.Start, arrest.Source.Span.Start);
        Assert.StartsWith("implied agent", arrest.Source.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_ArrestByNamedAgent_KeepsTheAgent()
    {
        var doc = Analyse("kar sevaks were arrested by the railway police.");
        var arrest = Assert.Single(doc.Events, e => e.Code.ToString() == "173");
        Assert.Equal("police", doc.TextOf(arrest.Source!.Span)[^6..]);
    }

    [Theory]
    [InlineData("the rapid action force was deployed.", "rapid action force")]
    [InlineData("crpf jawans patrolled the area.", "crpf jawans")]
    [InlineData("the para-military forces arrived.", "para-military forces")]
    [InlineData("the state reserve police arrived.", "state reserve police")]
    [InlineData("the superintendent of police said so.", "superintendent of police")]
    [InlineData("men in uniform stood guard.", "men in uniform")]
    public void GenericActors_IndianPoliceForce_IsPolice(string text, string phrase)
    {
        var doc = Analyse(text);
        Assert.Contains(doc.GenericActors, a => doc.TextOf(a.Span).EndsWith(phrase, StringComparison.Ordinal) && a.Code.Value.EndsWith("COP", StringComparison.Ordinal));
    }

    [Fact]
    public void GenericActors_RoyalAirForceAbbreviation_IsNoPolice()
    {
        var doc = Analyse("the royal air force (raf) jets flew over the city.");
        Assert.DoesNotContain(doc.GenericActors, a => a.Code.Value.EndsWith("COP", StringComparison.Ordinal));
    }
    [Fact]
    public void Code_VerbAfterAnd_SharesTheSubjectOfTheVerbBefore() =>
        Assert.Contains("GON>MOR:190", EventTestKit.Dump("Gondor had arrested many soldiers of Rohan over five days, and killed Mordor's envoys.").Split("; "));

    [Fact]
    public void Code_ObjectBeforeAnd_IsNotTheSubjectOfTheNextVerb() =>
        Assert.DoesNotContain("ROH>", EventTestKit.Dump("Gondor arrested Rohan and attacked Mordor."), StringComparison.Ordinal);

    [Fact]
    public void Code_ParenthesisBetweenSpeakerAndVerb_KeepsTheSpeaker() =>
        Assert.Contains("GON>-:010", EventTestKit.Dump("Gondor, however, said the talks would resume.").Split("; "));

    [Fact]
    public void Code_AppositionBetweenSpeakerAndVerb_KeepsTheSpeaker() =>
        Assert.Contains("GON>-:010", EventTestKit.Dump("Gondor, the northern kingdom, has also said the talks would resume.").Split("; "));

    [Fact]
    public void Code_PairJoinedByAndThe_ActsOnItself() =>
        Assert.Contains("GON>MOR:190", EventTestKit.Dump("Gondor and the Mordor clashed over the river.").Split("; "));

    [Theory]
    [InlineData("the police had actually arrested close to 4,000 rioters over the first five days of violence, and shot dead 98 rioters.")]
    [InlineData("the vhp has demanded action against the policemen who on sunday killed a man in the village.")]
    [InlineData("there was a clash in the town where four persons were burnt alive and two persons were killed in police firing.")]
    [InlineData("police opened fire at the mob but no casualties were reported till the evening and in deodhar two persons were killed in police firing.")]
    public void Code_PoliceKilling_HasFatalities(string text) =>
        Assert.Contains(Analyse(text).Events, e => IpeEvaluator.IsPoliceSource(e) && e.Fatalities is { Count: >= 1 });

    [Theory]
    [InlineData("idris, one of the two terrorists who were shot dead, gave a dying declaration.")]
    [InlineData("one militant killed on the spot while the other two entered the temple.")]
    public void Code_ArmedGroupKilledWithoutAgent_FallsToSecurityForces(string text) =>
        Assert.Contains(Analyse(text).Events, e => IpeEvaluator.IsPoliceSource(e) && e.Fatalities is { Count: >= 1 } && e.Source!.Rule!.StartsWith("implied agent", StringComparison.Ordinal));

    [Fact]
    public void Code_ArmedGroupKilledInEncounterWithNamedForce_FallsToThatForce()
    {
        var killing = Assert.Single(Analyse("three militants were killed in an encounter with the army.").Events, e => e.Code.RootNumber == 19);
        Assert.EndsWith("MIL", killing.Source!.Code.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("two gunmen killed at least 10 people in the market.")]
    [InlineData("militants killed three soldiers on sunday.")]
    [InlineData("kurdish fighters clashed in the city on saturday.")]
    public void Code_ArmedGroupThatKills_IsNoVictim(string text) =>
        Assert.DoesNotContain(Analyse(text).Events, IpeEvaluator.IsPoliceSource);

    [Fact]
    public void Code_VerbAfterAndAnUncodedVerbsObject_TakesTheSubjectBeforeThatVerb() =>
        Assert.DoesNotContain(Analyse("a mob surrounded the police officers and set ablaze seven huts.").Events, IpeEvaluator.IsPoliceSource);

    [Theory]
    [InlineData("eye-witnesses said that the police deployment was inadequate.", "010")]
    [InlineData("the anonymous pamphlet says, 'police and army, you also beware'.", "010")]
    [InlineData("an unidentified caller informed the city police on wednesday of planting bombs at the temple.", "010")]
    [InlineData("an unidentified caller informed the city police on wednesday of planting bombs at the temple.", "183")]
    [InlineData("there was total lack of police action when the mobs took to the roads.", "145")]
    [InlineData("moves are afoot to find out about the police inaction during the first two days of riots.", "145")]
    public void Code_PoliceSpokenOfOrTold_AreNoAuthors(string text, string code) =>
        Assert.DoesNotContain(code, PoliceCodes(text));

    [Fact]
    public void Code_ClauseBetweenCommasBeforeSaying_IsNoApposition() =>
        Assert.DoesNotContain("MOR>-:010", EventTestKit.Dump("A grenade exploded near Gondor, Mordor was hit, said a witness.").Split("; "));

    [Theory]
    [InlineData("while six people were injured in police firing, 12 people were killed by the rioters.")]
    [InlineData("two persons were stabbed to death and the police fired several rounds in the air to disperse the rioters.")]
    public void Code_DeathsOfAnotherAct_AreNotThePolice(string text) =>
        Assert.DoesNotContain(Analyse(text).Events, e => IpeEvaluator.IsPoliceSource(e) && e.Fatalities is { Count: >= 1 });

    [Fact]
    public void Code_FiringThatKilled_KeepsItsDeaths() =>
        Assert.Contains(Analyse("police opened fire in which two persons were killed.").Events, e => IpeEvaluator.IsPoliceSource(e) && e.Fatalities is { Count: 2 });

    [Theory]
    [InlineData("the minister was present at the meeting.")]
    [InlineData("turkey and libya agreed to strengthen security cooperation.")]
    public void Code_NoForce_ShowsNoForce(string text) =>
        Assert.DoesNotContain(Analyse(text).Events, e => e.Code.RootNumber == 15);

    [Fact]
    public void Code_PersonNamedAfterPoliceRank_SpeaksForThePoliceLater()
    {
        var doc = Analyse("the city police commissioner d d tuteja visited the station on friday. tuteja said that the police have intensified rounds. he added that the situation was calm.");
        var statements = doc.Events.Where(e => e.Code.ToString() == "010" && IpeEvaluator.IsPoliceSource(e)).ToList();
        Assert.Equal(2, statements.Count);
        Assert.All(statements, e => Assert.StartsWith("titled person", e.Source!.Rule, StringComparison.Ordinal));
    }

    [Fact]
    public void Code_PersonNamedAfterCivilTitle_IsNoPolice() =>
        Assert.DoesNotContain(Analyse("the chief minister narendra modi visited the city. modi said the situation was calm.").Events, IpeEvaluator.IsPoliceSource);

    [Theory]
    [InlineData("\"we will soon start the investigation,\" says k g erda, senior police inspector, meghaninagar police station.")]
    [InlineData("\"we will soon start the investigation,\" says k g erda, senior police inspector.")]
    public void Code_PersonWithPoliceRankInApposition_IsPoliceSpeaker(string text)
    {
        var statements = Analyse(text).Events.Where(e => e.Code.RootNumber == 1 && IpeEvaluator.IsPoliceSource(e)).ToList();
        Assert.NotEmpty(statements);
        Assert.All(statements, e => Assert.StartsWith("titled person", e.Source!.Rule, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("the meeting was attended by k srinivas, police officials and ministers, sources said.")]
    [InlineData("k srinivas, police commissioner p c pande and the collector visited the camp.")]
    public void Code_NameBeforeAPoliceListItem_IsNoTitledPerson(string text) =>
        Assert.DoesNotContain(Analyse(text).Events, e => e.Source?.Rule?.StartsWith("titled person", StringComparison.Ordinal) == true && e.Source.Name.StartsWith("K Srinivas", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Code_StatementByRankWithParenthesis_IsPoliceStatement() =>
        Assert.Contains("010", PoliceCodes("commissioner of police ranjit singh sharma, however, said all arrangements had been made."));
}
