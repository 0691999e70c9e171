using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;
using static Sitrep.Extraction.Tests.Events.Documents.EventTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>
/// Issue 8 point 5, precision on general news: acts the text does not report as done, and words that only look like a
/// trigger (docs/event-sample-news-2026-12-08.md, classes M and L), on constructed sentences with fictional actors, coded
/// as the default pipeline codes them.
/// </summary>
[Trait("Issue", "8")]
public sealed class EventNotDoneTests
{
    // "accused X of breaching", "suspected of attacking": the accusation is the act, not what it charges.
    [Theory]
    [InlineData("Arnor accused Gondor of attacking Mordor in the dispute.", "GON>MOR:19")]
    [InlineData("Gondor was suspected of attacking Mordor last year.", "GON>MOR:19")]
    public void ChargedAct_IsNotDone(string text, string notDone) =>
        Assert.DoesNotContain(notDone, DumpConflict(text), StringComparison.Ordinal);

    // "without breaching", "without attacking": negated.
    [Fact]
    public void ActAfterWithout_IsNotDone() =>
        Assert.DoesNotContain("GON>MOR:19", DumpConflict("Gondor marketed its oil for a year without attacking Mordor."), StringComparison.Ordinal);

    // A noun trigger that is the subject of a modal or of "likely to" is not done: "attacks will take place", "their vetoes
    // would repeat", "sanctions were likely to take effect".
    [Theory]
    [InlineData("Mordorian attacks on Gondor will take place, the minister warned.", ":19")]
    [InlineData("Gondorian attacks on Arnor are to begin next week, the minister said.", ":19")]
    [InlineData("He said Gondorian sanctions against Arnor were likely to take effect on April 17.", ":16")]
    public void NounSubjectOfAModal_IsNotDone(string text, string notDone) =>
        Assert.DoesNotContain(notDone, DumpConflict(text), StringComparison.Ordinal);

    // The act a noun names stays when its own verb is done ("the attack on Gondor killed five", "chlorine was likely used").
    [Theory]
    [InlineData("The Mordorian attack on Gondor killed five people.")]
    [InlineData("The Mordorian attack on Gondor was likely carried out at night.")]
    public void NounSubjectOfADoneVerb_StaysDone(string text) =>
        Assert.Contains(":19", DumpConflict(text), StringComparison.Ordinal);

    // A statement after a speculation's clause, or whose reported words hold a modal, stays one.
    [Theory]
    [InlineData("Asked about speculation that Gondor would attack Arnor, King Elessar said talks were going well.")]
    [InlineData("King Elessar said Gondor would attack Arnor.")]
    public void StatementBeforeOrAfterAModal_StaysAStatement(string text) =>
        Assert.Contains("GONGOV>-:01", DumpConflict(text), StringComparison.Ordinal);

    // "speculation that …", "rumours that …": what is speculated is not reported as done.
    [Fact]
    public void SpeculatedAct_IsNotDone() =>
        Assert.DoesNotContain("GONGOV>ARN:04", DumpConflict("There was speculation that King Elessar was holding talks with Arnor."), StringComparison.Ordinal);

    // A participle before its noun is an adjective: "its agreed ceiling", "a banned organisation" report no agreement
    // and no ban.
    [Theory]
    [InlineData("He denied that Gondor was exceeding its agreed production ceiling.", ":05")]
    [InlineData("Saruman leads a banned militant organisation in Rohan.", ":17")]
    public void ParticipleBeforeItsNoun_IsNoAct(string text, string notDone) =>
        Assert.DoesNotContain(notDone, DumpConflict(text), StringComparison.Ordinal);

    // A heart stopping is no arrest.
    [Fact]
    public void CardiacArrest_IsNoArrest() =>
        Assert.DoesNotContain(":173", DumpConflict("King Elessar suffered a cardiac arrest in Gondor on Monday and died, Gondorian police said."), StringComparison.Ordinal);

    // "talks with the IMF", "an AU summit": the scene words of diplomacy (talks, summit, visit, envoy …) make no "reduce
    // relations" (CAMEO 16) of their own with an international organisation (acled-cues v4).
    [Theory]
    [InlineData("The talks with the International Monetary Fund ended on Monday.")]
    [InlineData("Leaders met in Niamey for an African Union summit on Sunday.")]
    public void DiplomaticSceneWithAnOrganisation_IsNoReducedRelations(string text) =>
        Assert.DoesNotContain(Default.Process(new Document("d", text, new DocumentMetadata { Date = ArticleDate })).Events, e => e.Code.RootNumber == 16);
}
