using static Sitrep.Extraction.Tests.Events.Documents.EventTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>
/// Issue 8 point 5 (docs/event-sample-news-2026-12-08c.md): the person an arrest is done to, named by a name no code
/// covers or an unresolved personal pronoun, is the arrest's target as a civilian, not dropped. Constructed sentences
/// with fictional names, coded as the default pipeline codes them.
/// </summary>
[Trait("Issue", "8")]
public sealed class EventArrestedPersonTests
{
    [Theory]
    [InlineData("Baggins was arrested by the police in Minas Tirith on Monday.")]
    [InlineData("Mr Baggins, 50, was detained by the police after the march.")]
    [InlineData("He was arrested by the police last week after a brawl.")]
    [InlineData("After his arrest by the police on Friday, the singer spent a night in a cell.")]
    public void ArrestedPerson_IsACivilianTarget(string text) =>
        Assert.Contains("CVL:173", DumpConflict(text), StringComparison.Ordinal);

    // A thing held, or a person the arrest is only wished for, is no civilian arrested.
    [Theory]
    [InlineData("The ship was detained by the police in the harbour.")]
    [InlineData("It was seized by the police on Monday.")]
    [InlineData("The leader of the Rohirrim Riders Party has been arrested by the police.")]
    public void ThingHeld_IsNoCivilianTarget(string text) =>
        Assert.DoesNotContain("CVL:17", DumpConflict(text), StringComparison.Ordinal);
}
