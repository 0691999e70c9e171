using static Sitrep.Extraction.Tests.Events.Documents.EventTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>
/// Issue 8 point 5, precision on general news: golden cases with fictional actors, coded as the default pipeline codes
/// them (generic actors and ACLED's anchored events included), one construction each. Expected: the events as
/// <c>SOURCE&gt;TARGET:code</c>, sorted; empty for none.
/// </summary>
[Trait("Issue", "8")]
public sealed class EventPrecisionGoldenTests
{
    // The source is the actor who acts in the clause: a country word that modifies another noun is not it.
    [Theory]
    [InlineData("Gondorian-backed rebels attacked Mordor.", "REB>MOR:190")]
    [InlineData("Gondorian bankers criticized Mordor.", "")]
    [InlineData("Gondorian and Arnorian producers agreed to cut output.", "")]
    [InlineData("The Mordor arms sales were diverted to rebels fighting Gondor.", "REB>GON:190")]
    [InlineData("Gondor-made rockets hit Arnor.", "->ARN:194")]
    public void Modifier_IsNotTheSource(string text, string expected) => Assert.Equal(expected, DumpConflict(text));

    // A capital before a noun trigger says where it happened ("the Paris accord"), not who acted.
    [Theory]
    [InlineData("Gondor's currency has been stable since the Annuminas accord.", "")]
    [InlineData("The Minas Tirith talks ended on Monday.", "")]
    public void CapitalBeforeNounTrigger_IsAPlace(string text, string expected) => Assert.Equal(expected, DumpConflict(text));

    // A country after "in" or "at" is where it happened, not the target.
    [Theory]
    [InlineData("Mordor signed an agreement on Monday in Arnor.", "MOR>-:057")]
    [InlineData("Saruman met on Monday with King Elessar in Arnor.", "ISEREB>GONGOV:040")]
    public void PlaceAfterLocative_IsNotAnActor(string text, string expected) => Assert.Equal(expected, DumpConflict(text));

    // The addressee of "told" is not the actor of what was told.
    [Fact]
    public void AddresseeOfTold_IsNotTheSource() =>
        Assert.Equal(string.Empty, DumpConflict("A spokesman told Gondor the agreement involves new loans."));

    // A month is a date, not a march.
    [Theory]
    [InlineData("Exports to Gondor rose 5 pct in March.")]
    [InlineData("Gondor is the bank's newest member, joining in March 1986.")]
    [InlineData("ANNUMINAS, march 12 - Gondor's president defended the budget.")]
    public void Month_IsNotAProtest(string text) => Assert.Equal(string.Empty, DumpConflict(text));

    // A capitalised noun inside a sentence is part of a name ("the Louvre Accord", "Diplomatic Service").
    [Fact]
    public void CapitalisedAnchorInsideSentence_IsAName() =>
        Assert.Equal(string.Empty, DumpConflict("Gondor's markets rallied after the Pelargir Accord."));

    // Halting, banning or stopping cooperation is not cooperation: reduce relations (16) or nothing.
    [Theory]
    [InlineData("Gondor halted trade with Arnor.", "GON>ARN:163")]
    [InlineData("Gondor banned imports from Arnor.", "GON>ARN:163")]
    [InlineData("Gondor stopped its aid to Arnor.", "GON>ARN:162")]
    [InlineData("Gondor broke off talks with Arnor.", "GON>ARN:164")]
    [InlineData("Gondor will stop imports from Arnor.", "")]
    public void HaltedCooperation_IsReducedRelations(string text, string expected) => Assert.Equal(expected, DumpConflict(text));

    // Trade figures and statistics are not events.
    [Theory]
    [InlineData("Gondor imports about 50 pct of its oil from Arnor.")]
    [InlineData("Gondorian exports to Arnor rose 5 pct last year.")]
    [InlineData("Gondor bought 5,000 tonnes of Arnorian wheat.")]
    [InlineData("Gondor's trade surplus with Arnor widened.")]
    [InlineData("Gondor's imports from Arnor fell sharply.")]
    public void TradeStatistic_IsNotAnEvent(string text) => Assert.Equal(string.Empty, DumpConflict(text));

    // Sports results are not political events.
    [Theory]
    [InlineData("Gondor beat Arnor 24-10 in the Six Nations final at Twickenham.")]
    [InlineData("Gondor defeated Arnor in the semi-final of the tournament.")]
    [InlineData("The Gondor captain set up two tries before half-time.")]
    [InlineData("Gondor beat Arnor 24-10. The Gondorian fly-half scored in the semi-final.")]
    public void Sports_IsNotAnEvent(string text) => Assert.Equal(string.Empty, DumpConflict(text));

    // What is planned, scheduled, demanded or done for a purpose is not done.
    [Theory]
    [InlineData("The next Gondor visit to Arnor is set for May.", "")]
    [InlineData("Gondor plans to hold formal talks with Arnor next month.", "")]
    [InlineData("Gondor called for retaliation against Arnor.", "")]
    [InlineData("Gondor sent troops to Rohan to fight Mordor.", "GON>ROH:074")]
    [InlineData("Gondor sent troops to Rohan in order to attack Mordor.", "GON>ROH:074")]
    [InlineData("Up to seven rockets were fired at Gondor.", "->GON:194")]
    [InlineData("Gondor will sell bonds in a repurchase agreement with Arnor.", "")]
    public void NotDone_IsNotCoded(string text, string expected) => Assert.Equal(expected, DumpConflict(text));

    // A noun trigger takes its actors from its own clause, and a quote's speaker only for what the speaker says.
    [Theory]
    [InlineData("“We reject the plan,” Gondor said before a meeting of Arnor.", "GON>-:010")]
    [InlineData("Since the summit, which Arnor hosted, Gondor has cut its tariffs.", "")]
    public void NounTrigger_ActorsInItsOwnClause(string text, string expected) => Assert.Equal(expected, DumpConflict(text));

    // What stays coded: acts with their actors in the clause.
    [Theory]
    [InlineData("Gondorian troops attacked Mordor.", "GONMIL>MOR:190")]
    [InlineData("Mordor attacked Gondorian positions.", "MOR>GON:190")]
    [InlineData("Gondor and Arnor signed a trade agreement.", "ARN>GON:057; GON>ARN:057")]
    [InlineData("Gondor imposed tariffs on Arnorian goods.", "GON>ARN:163")]
    [InlineData("Gondorian support for Arnor has grown.", "GON>ARN:070")]
    [InlineData("Rebels clashed with Gondorian troops in Rohan.", "REB>GONMIL:190")]
    public void ActsInTheClause_StayCoded(string text, string expected) => Assert.Equal(expected, DumpConflict(text));

    // Buying and selling goods is commerce, not economic cooperation between states.
    [Theory]
    [InlineData("Gondor bought two cargoes of sugar from Arnor.")]
    [InlineData("Gondor sold wheat to Arnor last week.")]
    [InlineData("Gondor is expected to boost imports from Arnor.")]
    public void TradeFlow_IsNotCooperation(string text) => Assert.Equal(string.Empty, DumpConflict(text));

    // A participle after a noun has that noun as subject; an uncoded subject is an actor the coder cannot code; unnamed
    // attackers are an unidentified armed group (UAF), an attack noun as subject says the kind of violence (183).
    [Theory]
    [InlineData("Developing countries already receiving aid from Gondor protested.", "")]
    [InlineData("Mercer fought off a takeover by Gondorian investors.", "")]
    [InlineData("The waves which killed 300 people in Gondor also destroyed crops.", "")]
    [InlineData("Two suicide bombers killed ten Gondorian soldiers.", "UAF>GONMIL:190")]
    [InlineData("A blast killed three Gondorian soldiers.", "->GONMIL:183")]
    public void UncodedSubject_IsAnActorNotAGap(string text, string expected) => Assert.Equal(expected, DumpConflict(text));

    // Verbal attacks, expressed support, things given: what the words say, not the nearest code.
    [Theory]
    [InlineData("King Elessar attacked Saruman for the tweet.", "GONGOV>ISEREB:111")]
    [InlineData("Gondor expressed support for Arnor.", "GON>ARN:051")]
    [InlineData("Gondor gave the same message to Arnor.", "")]
    [InlineData("Gondor gave drones to Arnor.", "GON>ARN:072")]
    public void WordsOfTheAct_GiveTheCode(string text, string expected) => Assert.Equal(expected, DumpConflict(text));

    // "Attacks by X", "protests by X": the by-phrase names the actor; "north of", "the streets of" name places.
    [Theory]
    [InlineData("Attacks on Rohan by Mordor have increased.", "MOR>ROH:190")]
    [InlineData("Mordor launched an offensive north of Minas Tirith.", "MOR>-:190")]
    [InlineData("Mordor fired rockets at Gondor.", "MOR>GON:194")]
    public void ByPhraseAndPlaces(string text, string expected) => Assert.Equal(expected, DumpConflict(text));

    // A relative clause's antecedent is its subject; the pronoun of a reported clause is the one who said it.
    [Theory]
    [InlineData("Arnor and Gondor, whose kings meet in Rohan on Monday, are allies.", "ARN>GON:040; GON>ARN:040")]
    [InlineData("Gondor has said it expelled two diplomats of Mordor.", "GON>-:010; GON>MOR:160")]
    [InlineData("Gondorian troops on Wednesday freed several villages from Mordor.", "GONMIL>MOR:192")]
    public void SubjectAcrossClauses(string text, string expected) => Assert.Equal(expected, DumpConflict(text));

    // Deaths in a quake or a storm are no violence; strikers and protesters are a protest's actor wherever named; the
    // name of a sports event is a scene, not sports reporting.
    [Theory]
    [InlineData("A quake hit Gondor, killing two people.", "")]
    [InlineData("A key issue in the protest was the pay of Gondorian workers.", "GONLAB>-:140")]
    [InlineData("Arnorian protesters staged rallies against Gondor before the Grand Prix.", "ARNOPP>GON:141")]
    [InlineData("Gondor led 18-12 at half-time. Arnor then launched a series of attacks.", "")]
    public void ScenesAndActors(string text, string expected) => Assert.Equal(expected, DumpConflict(text));

    // A hyphen compound after the verb says where a thing is from, not who suffers the act.
    [Fact]
    public void HyphenCompound_IsNoObject() =>
        Assert.DoesNotContain("GON>ARN", DumpConflict("Gondor refused to allow Arnor-based Mordor planes to overfly its territory."), StringComparison.Ordinal);

    // The subject of another verb is not the author of the noun that verb governs; a risk of an act is no act.
    [Fact]
    public void SubjectOfAnotherVerb_IsNoAuthorOfTheNoun() =>
        Assert.DoesNotContain("GONGOV>", DumpConflict("King Elessar referred to the riots in Arnor as acts of terror."), StringComparison.Ordinal);

    [Fact]
    public void RiskOfAnAct_IsNotCoded() => Assert.Equal(string.Empty, DumpConflict("The risk of Gondorian attack on Arnor is low."));

    // The one told ("told reporters", "talking to reporters") is no party of the act.
    [Fact]
    public void OneTold_IsNoActor() =>
        Assert.DoesNotContain("MED", DumpConflict("King Elessar met Arnorian officials after talking to reporters."), StringComparison.Ordinal);

    // Capturing is an arrest of people, a taking of ground ("captured five villages"), and nothing for things or
    // traffic; territory is taken only where the clause names ground, not in "the captured fighters".
    [Theory]
    [InlineData("Gondorian soldiers captured two Arnorian rebels.", "GONMIL>ARNREB:173")]
    [InlineData("The Gondorian army captured five villages.", "GONMIL>-:192")]
    [InlineData("Traffic is being captured earlier by Gondor's carriers.", "")]
    [InlineData("The Gondorian army also captured substantial amounts of weaponry.", "")]
    public void Capture_ByWhatIsCaptured(string text, string expected) => Assert.Equal(expected, DumpConflict(text));

    // A meeting noun after a preposition of place or time is a scene, meeting a demand is satisfying it, and a
    // journalist's question is no appeal; a meeting the clause reports stays.
    [Theory]
    [InlineData("Speaking at the Gondor and Arnor annual meeting, King Elessar said he was optimistic.", "")]
    [InlineData("Gondor was in contact with Arnor and Mordor ahead of a board meeting scheduled for next week.", "")]
    [InlineData("Gondor has met Arnor's requirements for the loan.", "")]
    [InlineData("Gondor and Arnor met in Minas Tirith.", "ARN>GON:040; GON>ARN:040")]
    public void MeetingScenes_AreNoMeetings(string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DumpConflict(text).Split("; ", StringSplitOptions.RemoveEmptyEntries).Where(e => e.Contains(":04", StringComparison.Ordinal))));

    // A state protests officially (114); people demonstrate (14).
    [Fact]
    public void StateProtest_IsAnOfficialComplaint() => Assert.Equal("GON>ARN:114", DumpConflict("Gondor has also protested the Arnorian limitations."));

    // An attack on a law, a proclamation or a report is criticism (111); an attack on people or places is force.
    [Theory]
    [InlineData("King Elessar attacked the proclamation of Arnor as an insult.", "111")]
    [InlineData("Gondorian rebels attacked an Arnorian army base.", "190")]
    public void VerbalAttack_IsCriticism(string text, string root) =>
        Assert.Contains(":" + root, DumpConflict(text), StringComparison.Ordinal);
}
