using static Sitrep.Extraction.Tests.Events.Documents.EventTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>
/// Issue 8 point 5, precision on general news (docs/event-sample-news-2026-12-08b.md): an actor's own noun ("protesters",
/// "strikers") reports its act only as the subject of a verb of its clause; a time still to come in the trigger's clause
/// makes an act not told in a past form a plan. Constructed sentences with fictional actors, coded as the default
/// pipeline codes them.
/// </summary>
[Trait("Issue", "8")]
public sealed class EventActorNounTests
{
    // The people named by what they do, as the object of another act, a caption, a copula's subject or an owner: no protest.
    [Theory]
    [InlineData("The ban was imposed after the crackdown on protesters in Minas Tirith.")]
    [InlineData("Protesters at the march in Gondor.")]
    [InlineData("The protesters are still here, a Gondorian official said.")]
    [InlineData("The protesters' demands have expanded to the dismissal of the Gondorian bill.")]
    [InlineData("The Gondorian union represents most of the strikers.")]
    public void ActorNounNotActing_IsNoProtest(string text) =>
        Assert.DoesNotContain(":14", DumpConflict(text), StringComparison.Ordinal);

    // The subject of a verb of its clause, a phrase of place or a relative "who" between, keeps its act.
    [Theory]
    [InlineData("Protesters in the capital waved flags outside the Gondorian parliament on Monday.")]
    [InlineData("The Gondorian protesters who stormed the parliament on Monday were charged.")]
    [InlineData("Thousands of Gondorian protesters gathered outside the palace on Friday.")]
    [InlineData("Gondorian protesters dug in behind roadblocks outside the palace on Thursday.")]
    public void ActorNounActing_IsAProtest(string text) =>
        Assert.Contains(":14", DumpConflict(text), StringComparison.Ordinal);

    // A future time in the trigger's clause: planned, not done.
    [Theory]
    [InlineData("Gondorian and Arnorian officials meet tomorrow to settle the dispute over grain.", ":04")]
    [InlineData("Tomorrow's meeting between Gondor and Arnor is seen as the key one.", ":04")]
    [InlineData("A visit to Gondor next week by Arnorian officials will do nothing to change minds.", ":04")]
    [InlineData("King Elessar holds talks with Arnor next week on the grain dispute.", ":04")]
    public void ActWithAFutureTime_IsNotDone(string text, string notDone) =>
        Assert.DoesNotContain(notDone, DumpConflict(text), StringComparison.Ordinal);

    // A past form keeps its act whatever time its clause plans next ("met last night … to send a mission next week").
    [Fact]
    public void PastActBeforeAFutureTime_StaysDone() =>
        Assert.Contains("GONGOV>ARN:04", DumpConflict("King Elessar met Arnor last night and agreed to send a mission next week."), StringComparison.Ordinal);

    // Issue 8 point 5: the object of an earlier verb of a list ("smashed four Mordorian brigades, killed …", "intercepted
    // a Mordorian plane and shot it down"), a country word before its head noun, is not the later verb's subject.
    [Theory]
    [InlineData("Gondorian forces smashed four Mordorian brigades, killed or wounded 1,500 Mordorian soldiers and destroyed 45 tanks.")]
    [InlineData("The spokesman said Gondorian planes intercepted a Mordorian fighter plane and shot it down.")]
    public void ObjectOfAnEarlierVerbInAList_IsNoSource(string text) =>
        Assert.DoesNotContain("MOR>", DumpConflict(text), StringComparison.Ordinal);

    // Issue 8 point 5: an act that the clause prevents or sets as a condition is not done.
    [Theory]
    [InlineData("Arnor declared a truce on condition that Gondor stop attacking Arnorian towns.", "GON>ARN:19")]
    [InlineData("Rohan sent troops to the border to prevent attacks on Arnor by Gondor.", "GON>ARN:19")]
    [InlineData("Rohan sent troops to the border to prevent Gondor from attacking Arnor.", "GON>ARN:19")]
    public void PreventedOrConditionalAct_IsNotDone(string text, string notDone) =>
        Assert.DoesNotContain(notDone, DumpConflict(text), StringComparison.Ordinal);

    // The act done to prevent another stays done.
    [Fact]
    public void ActDoneToPreventAnother_StaysDone() =>
        Assert.Contains("GON>ARN:19", DumpConflict("Gondor attacked Arnor to prevent a new offensive."), StringComparison.Ordinal);
}
