using static Sitrep.Extraction.Tests.Events.Documents.EventTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>
/// Issue 8 point 5, precision on general news: the one an act is done to is not its actor. Constructions where the coder
/// took the victim, or the object of an earlier verb, as the source (docs/event-sample-news-2026-12-08.md, class S), on
/// constructed sentences with fictional actors, coded as the default pipeline codes them.
/// </summary>
[Trait("Issue", "8")]
public sealed class EventVictimTests
{
    // The sources of the events of a given root in the dump ("GON>MOR:190" → "GON").
    private static IEnumerable<string> Sources(string dump, string root) =>
        dump.Split("; ", StringSplitOptions.RemoveEmptyEntries).Where(e => e.Contains($":{root}", StringComparison.Ordinal)).Select(e => e[..e.IndexOf('>', StringComparison.Ordinal)]);

    // A harm verb's participle after its patient, with no object after it, is a reduced passive: "aid worker X, kidnapped
    // in Mordor", "one passenger seriously injured", "two soldiers killed in the clash".
    [Theory]
    [InlineData("Gondorian aid worker Frodo Baggins, kidnapped in Mordor last year, appealed for help.", "18")]
    [InlineData("The report said there was one Gondorian passenger seriously injured, and two more with minor injuries.", "19")]
    [InlineData("Two Arnorian soldiers killed in the clash were buried on Monday.", "19")]
    public void HarmParticipleAfterItsPatient_IsNoActOfThePatient(string text, string root) =>
        Assert.DoesNotContain(Sources(DumpConflict(text), root), s => s.StartsWith("GON", StringComparison.Ordinal) || s.StartsWith("ARN", StringComparison.Ordinal));

    // A participle after its patient that has an object is active: the patient is the actor.
    [Theory]
    [InlineData("Mordorian troops killed two Gondorian soldiers in the clash.", "MORMIL>GONMIL:19")]
    [InlineData("Mordorian troops attacked, seized and sank a Gondorian ship.", "MORMIL>")]
    public void HarmVerbWithObject_StaysTheSubjectsAct(string text, string expected) =>
        Assert.Contains(expected, DumpConflict(text), StringComparison.Ordinal);

    // Participles joined to a passive share it: "was beaten and abducted", "was captured, tried and sentenced".
    [Theory]
    [InlineData("A Gondorian diplomat was beaten and abducted for 24 hours in Mordor.", "18")]
    [InlineData("A Gondorian supporter was shot and killed in Rohan.", "19")]
    public void ParticipleJoinedToAPassive_IsPassive(string text, string root) =>
        Assert.DoesNotContain(Sources(DumpConflict(text), root), s => s.StartsWith("GON", StringComparison.Ordinal));

    // A list of participles closed by "by" is passive, its agent after "by": "supported, trained and armed by Arnor".
    [Fact]
    public void ParticipleListBeforeBy_HasTheAgentAfterBy()
    {
        var dump = DumpConflict("The forces of Gondor, supported, trained and armed by Arnor, pushed Mordorian troops out of Rohan.");
        Assert.Contains("ARN>GON", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("GON>ARN", dump, StringComparison.Ordinal);
    }

    // The object of the first of two verbs joined by "and" is not the subject of the second: "the bomb killed nine
    // Gondorian civilians and injured 50 more".
    [Fact]
    public void ObjectOfTheEarlierVerb_IsNoSubjectOfTheLaterOne() =>
        Assert.DoesNotContain("GONCVL>", DumpConflict("Officials said the bomb killed nine Gondorian civilians and injured at least 50 more."), StringComparison.Ordinal);

    // "a mission to Annuminas, which refused …": the relative clause's subject is the head before the preposition's
    // phrase, not the place it names.
    [Theory]
    [InlineData("He believes a Mordorian trade mission to Annuminas, which refused discounts to Gondorian buyers, brought refiners into the market.")]
    [InlineData("He spoke to reporters after talks with the Mordorian ambassador to Annuminas who arrived last night from a meeting with King Elessar.")]
    public void RelativeAfterAPrepositionsPhrase_IsNotThePlacesAct(string text) =>
        Assert.DoesNotContain("ARNGOV>", DumpConflict(text), StringComparison.Ordinal);
}
