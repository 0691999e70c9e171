using static Sitrep.Extraction.Tests.Events.Documents.EventTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>
/// Issue 8 point 5, precision on general news: one construction each, on constructed sentences with fictional actors, coded
/// as the default pipeline codes them. Each case failed before its rule (docs/event-sample-constructions-2026-12-07c.md).
/// </summary>
[Trait("Issue", "8")]
public sealed class EventConstructionTests
{
    // "an attack by X": the by-phrase names the attacker, also when the clause's subject resisted the attack.
    [Theory]
    [InlineData("Gondor said its troops repelled an overnight attack by three divisions of Mordorian troops near Minas Tirith.")]
    [InlineData("Gondor said its troops repulsed an attack by Mordorian troops near Rohan.")]
    [InlineData("Gondorian troops repelled an overnight attack by Mordorian troops near Rohan.")]
    public void AttackByAgent_IsTheAgentsAttack(string text)
    {
        var events = DumpConflict(text).Split("; ", StringSplitOptions.RemoveEmptyEntries).Where(e => e.Contains(":19", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.StartsWith("MORMIL>", e, StringComparison.Ordinal));
    }

    // A by-phrase naming an author no code covers: the subject that repelled the attack is not its author.
    [Fact]
    public void AttackByUncodedAgent_HasNoSourceFromTheSubject() =>
        Assert.DoesNotContain("MIL>-:19", DumpConflict("Gondor said its troops repelled an overnight attack by three divisions of guards near Rohan."), StringComparison.Ordinal);

    // "X quoted Y as saying": Y speaks, not the one who quotes; an uncoded Y makes no statement.
    [Theory]
    [InlineData("The newspaper quoted King Elessar as saying the talks had failed.", "GONGOV>-:010")]
    [InlineData("Barad-dur Bank quoted an unnamed official as saying the talks had failed.", "")]
    [InlineData("Barad-dur Bank quoted Gondorian envoy King Elessar as saying the talks had failed.", "GONGOV>-:010")]
    public void QuotedAsSaying_TheOneQuotedSpeaks(string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DumpConflict(text).Split("; ", StringSplitOptions.RemoveEmptyEntries).Where(e => e.EndsWith(":010", StringComparison.Ordinal))));

    // In the passive the subject is the one quoted; the by-phrase names the medium, which never speaks for it.
    [Fact]
    public void QuotedByAsSaying_TheMediumIsNoSpeaker() =>
        Assert.DoesNotContain("MORBUS>-:010", DumpConflict("King Elessar was quoted by Barad-dur Bank as saying the talks had failed."), StringComparison.Ordinal);

    // Adding a thing to another is no statement ("added to the system", "adding interest to the loans").
    [Theory]
    [InlineData("Cheques can be used in 28 countries, with Arnor, Rohan and Gondor added to the system this year.")]
    [InlineData("Rules have prevented Gondorian banks from seriously considering adding interest to the loans.")]
    public void AddingToSomething_IsNoStatement(string text) =>
        Assert.DoesNotContain(":010", DumpConflict(text), StringComparison.Ordinal);

    // A statement with "added" stays one.
    [Fact]
    public void AddedAsStatement_StaysAStatement() =>
        Assert.Equal("GONGOV>-:010", DumpConflict("The border is the main difference with Arnor, King Elessar added."));

    // "pursuing retreating Mordorian troops": the participle is the troops' own act, not the pursuers' towards them.
    [Theory]
    [InlineData("Gondor's forces were pursuing retreating Mordorian troops.")]
    [InlineData("A correspondent said Minas Tirith's forces were pursuing retreating Mordorian troops.")]
    [InlineData("Gondorian troops were pursuing retreating Mordorian troops.")]
    public void ParticipleBeforeNoun_IsThatNounsAct(string text) => Assert.Equal("MORMIL>-:0874", DumpConflict(text));

    // "in the event of X withdrawing", "in case of an attack": a condition, not an act.
    [Theory]
    [InlineData("Arnor has no intention of leaving the group, in the event of Gondor withdrawing from it.")]
    [InlineData("Arnor will stay in the group in case of Gondor withdrawing from it.")]
    public void EventOrCaseOf_IsACondition(string text) =>
        Assert.DoesNotContain("GON>-:087", DumpConflict(text), StringComparison.Ordinal);

    // A base form joined by "and" to a modal or an infinitive shares it: planned, not done.
    [Theory]
    [InlineData("Gondor will examine strategies in 20 districts and finance Arnor.", "GON>ARN:071")]
    [InlineData("Gondor would stop the talks and attack Mordor.", "GON>MOR:190")]
    [InlineData("Gondor should threaten to mine and blockade Mordor.", "GON>MOR:191")]
    [InlineData("Local authorities are asked to find and arrest Saruman.", ">ISEREB:173")]
    [InlineData("Gondor asked Arnor to curb the activities of rebels and stop selling weapons to Mordor.", "GON>MOR:163")]
    public void ConjoinedWithModalOrInfinitive_IsNotDone(string text, string notDone) =>
        Assert.DoesNotContain(notDone, DumpConflict(text), StringComparison.Ordinal);

    // The appeal itself stays ("Gondor asked Arnor to …" is an appeal to Arnor).
    [Fact]
    public void AppealBeforeTheConjuncts_StaysCoded() =>
        Assert.Contains("GON>ARN:020", DumpConflict("Gondor asked Arnor to curb the activities of rebels and stop selling weapons to Mordor."), StringComparison.Ordinal);

    // A conjunct after a finite verb group is done ("began to shell … and attack" goes on; "attacked … and seized").
    [Theory]
    [InlineData("Mordor began to shell Rohan and attack Gondor.", "MOR>GON:19")]
    [InlineData("Mordorian troops attacked Rohan and captured two Gondorian rebels.", "MORMIL>ROH:19")]
    public void ConjoinedWithFiniteVerb_StaysDone(string text, string expected) => Assert.Contains(expected, DumpConflict(text), StringComparison.Ordinal);

    // A condition inside a question before the comma is not the condition of the reply.
    [Fact]
    public void ConditionOfAQuestion_LeavesTheReply() =>
        Assert.Contains("GONGOV>-:01", DumpConflict("Asked by reporters if he would close the bases in the event of war, King Elessar replied \"Obviously.\""), StringComparison.Ordinal);

    // "from north Annuminas" says where a person is from; the place is no patient of the verb after it.
    [Fact]
    public void PlaceAfterPrepositionAndDirection_IsNoPatient() =>
        Assert.DoesNotContain(">ARNGOV", DumpConflict("Mr Baggins, 29, from north Annuminas, was originally detained in Rohan."), StringComparison.Ordinal);

    // Trade law's injury: harm whose author is a trade flow or practice is no violence; harm by people stays.
    [Theory]
    [InlineData("Gondorian makers complained they were being injured by Arnor's unfair trade practices.", "")]
    [InlineData("The tribunal ruled that the Gondorian industry was being injured by Arnorian orange juice imports.", "")]
    [InlineData("Arnorian orange juice imports have injured Gondorian producers.", "")]
    [InlineData("Mordorian troops injured five Gondorian soldiers.", "MORMIL>GONMIL:19")]
    public void TradeInjury_IsNoViolence(string text, string expected)
    {
        var violence = string.Join("; ", DumpConflict(text).Split("; ", StringSplitOptions.RemoveEmptyEntries).Where(e => e.Contains(":18", StringComparison.Ordinal) || e.Contains(":19", StringComparison.Ordinal) || e.Contains(":20", StringComparison.Ordinal)));
        if (expected.Length == 0)
        {
            Assert.Equal(string.Empty, violence);
        }
        else
        {
            Assert.Contains(expected, violence, StringComparison.Ordinal);
        }
    }

    // What stays: an attack by an agent with nobody before it, and a participle that has an object.
    [Theory]
    [InlineData("An attack by Mordorian troops on Gondor killed five.", "MORMIL>GON:19")]
    [InlineData("Gondorian troops began attacking Mordorian positions.", "GONMIL>MOR:19")]
    public void ActsStayCoded(string text, string expected) =>
        Assert.Contains(expected, DumpConflict(text), StringComparison.Ordinal);
}
