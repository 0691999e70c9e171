using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Evaluation;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Events.Acled;

/// <summary>
/// Conflict events as they are reported (issue 8 points 1 and 2), through the default pipeline: unnamed actors, the
/// country of the event's place, ACLED types by the hand-written rules alone (the trained model is tested by the
/// CASE evaluation floor, not here).
/// </summary>
[Trait("Issue", "8")]
public sealed class ConflictEventTests
{
    private static readonly Lazy<Pipeline> RulesOnly = new(() => SitrepPipelines.CreateDefault(Catalog, acledModel: false));

    private static Document Run(string text) => RulesOnly.Value.Process(new Document("t", text, new DocumentMetadata { Date = new DateOnly(2020, 3, 2) }));

    private static DocumentEvent Chosen(string text) => CaseEvaluator.ChooseEvent(Run(text)) ?? throw new Xunit.Sdk.XunitException($"no ACLED event in: {text}");

    [Theory]
    [InlineData("Police arrested 12 protesters in Ahmedabad on Monday.", CaseLabel.ARREST)]
    [InlineData("Gunmen abducted two aid workers near Kandahar.", CaseLabel.ABDUCT_DISSAP)]
    [InlineData("Warplanes carried out airstrikes on rebel positions near Idlib.", CaseLabel.AIR_STRIKE)]
    [InlineData("Militants lobbed a grenade at a police post in Srinagar.", CaseLabel.GRENADE)]
    [InlineData("Hundreds of students marched peacefully through Nairobi.", CaseLabel.PEACE_PROTEST)]
    [InlineData("Rioters torched buses and pelted stones at police in Dhaka.", CaseLabel.VIOL_DEMONSTR)]
    [InlineData("Army troops recaptured the town from the militants.", CaseLabel.GOV_REGAINS_TERIT)]
    public void Code_ConflictSentence_AcledLabel(string text, CaseLabel expected) => Assert.Equal(expected, Chosen(text).Acled!.CaseLabel);

    [Theory]
    [InlineData("Rebels regained control of the town after a counter-attack on the army.", CaseLabel.NON_STATE_ACTOR_OVERTAKES_TER)]
    [InlineData("The militants recaptured the village from government troops.", CaseLabel.NON_STATE_ACTOR_OVERTAKES_TER)]
    [InlineData("Army troops captured the town from the militants.", CaseLabel.GOV_REGAINS_TERIT)]
    public void Code_TerritoryTaken_TypeOfTheTakerWhateverTheVerb(string text, CaseLabel expected) => Assert.Equal(expected, Chosen(text).Acled!.CaseLabel);

    [Fact]
    public void Code_UnnamedPolice_CountryOfTheEventPlace()
    {
        var e = Chosen("Police arrested 12 protesters in Ahmedabad on Monday.");
        Assert.Equal("INDCOP", e.Source!.Code.Value);
        Assert.True(e.Source.Generic);
        Assert.Equal(AcledActorCategory.StateForces, e.Source.Category);
        Assert.Contains("country IND", e.Source.Rule, StringComparison.Ordinal);
        Assert.Equal(AcledActorCategory.Protesters, e.Target!.Category);
        Assert.Equal(AcledEventType.StrategicDevelopments, e.Acled!.EventType);
    }

    [Fact]
    public void Code_LowerCase_PoliceEvent()
    {
        var e = Chosen("police lathicharged the mob and arrested 20 people.");
        Assert.Contains("COP", e.Source!.Code.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_AllCapsHeadline_Event()
    {
        // Issue 8 point 4: in an all-caps sentence a capital letter does not make a verb part of a name.
        var e = Chosen("POLICE ARRESTED 12 PROTESTERS IN AHMEDABAD ON MONDAY");
        Assert.Equal(CaseLabel.ARREST, e.Acled!.CaseLabel);
        Assert.Contains("COP", e.Source!.Code.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_NounOnly_AnchoredEvent()
    {
        // "A sit-in by students": no verb of the dictionary, only ACLED's own noun; the demonstrators are its actor.
        var e = Assert.Single(Run("A sit-in by students outside parliament in Accra.").Events);
        Assert.StartsWith("events/acled-cues.txt:", e.Rule, StringComparison.Ordinal);
        Assert.Equal(AcledActorCategory.Protesters, e.Source!.Category);
        Assert.Equal(CaseLabel.PEACE_PROTEST, e.Acled!.CaseLabel);
    }

    [Fact]
    public void Code_GrenadeAttackOnPolice_GrenadeEventWithPoliceTarget() =>
        Assert.Contains(Run("A grenade attack on a police patrol wounded three officers in Manila.").Events,
            e => e.Acled?.CaseLabel == CaseLabel.GRENADE && e.Target?.Code.Value.Contains("COP", StringComparison.Ordinal) == true);

    [Fact]
    public void Code_RoadAccident_NoConflictEvent() =>
        Assert.DoesNotContain(Run("Three people were killed in a road accident near Pune.").Events, e => e.Acled is not null);

    [Fact]
    public void Code_CompanyWithdrew_NoOneSidedConflictEvent() =>
        Assert.DoesNotContain(Run("The company withdrew from the market last year.").Events, e => e.Code.RootNumber >= 14);
}
