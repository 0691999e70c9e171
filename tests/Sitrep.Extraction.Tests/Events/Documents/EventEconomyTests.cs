using static Sitrep.Extraction.Tests.Events.Documents.EventTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>
/// Issue 8 point 5, precision on general news: money and markets use the words of violence and protest as metaphors
/// (the verb dictionary's <c>&amp;ECONOMY</c> synset); titles in a sentence dense with names are no verbs; "pound" and
/// "station" are nouns far more often than verbs. Fictional actors; expected events as <c>SOURCE&gt;TARGET:code</c>.
/// </summary>
[Trait("Issue", "8")]
public sealed class EventEconomyTests
{
    // A sentence about money or markets codes no ACLED noun and no violence from a noun trigger.
    [Theory]
    [InlineData("Vernes said that the protest, involving 770,000 tonnes of sugar from Gondorian producers alone, was prompted by the policy.")]
    [InlineData("Allied-Lyons won control of the stores last year in a battle against Arnor, which got a 49 pct stake.")]
    public void MarketSentence_CodesNoViolenceFromANoun(string text) =>
        Assert.DoesNotContain(DumpConflict(text).Split("; ", StringSplitOptions.RemoveEmptyEntries), e => e[^3..][..2] is "14" or "17" or "18" or "19");

    // A verb of violence in a market sentence is still the act.
    [Fact]
    public void MarketSentence_KeepsAVerbOfViolence() =>
        Assert.Contains("GONMIL>ARN:190", DumpConflict("Gondorian troops attacked Arnor, sending oil prices higher."), StringComparison.Ordinal);

    // A title in a sentence with more capitals than lower-case words is still part of a name ("Finance Minister").
    [Theory]
    [InlineData("Officials seen arriving by Reuter correspondents included Gondor Finance Minister King Elessar and Arnor Central Bank President Karl Otto Poehl.")]
    public void TitleInNameDenseSentence_IsNoTrigger(string text) =>
        Assert.DoesNotContain(":07", DumpConflict(text), StringComparison.Ordinal);

    // "pound" and "stations" are a currency and buildings; "pounded" and "stationed" are the acts.
    [Theory]
    [InlineData("Interest has shifted to the soaring Gondorian pound, traders said.", "")]
    [InlineData("Gondorian radio stations said on Monday that the vote ended.", "")]
    [InlineData("Gondorian artillery pounded Arnor.", "GON>ARN:194")]
    public void NounReadings_AreNoActs(string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DumpConflict(text).Split("; ", StringSplitOptions.RemoveEmptyEntries).Where(e => !e.EndsWith(":010", StringComparison.Ordinal))));

    // A firm's own dealings are commerce, not an event between states (the guideline on commercial dealings).
    [Theory]
    [InlineData("Barad-dur Bank said it signed a definitive agreement to acquire the Pelargir savings bank.")]
    [InlineData("Barad-dur Bank will start taking over the Pelargir savings bank next year.")]
    public void FirmsOwnDealing_IsNoEvent(string text) =>
        Assert.Equal(string.Empty, string.Join("; ", DumpConflict(text).Split("; ", StringSplitOptions.RemoveEmptyEntries).Where(e => !e.EndsWith(":010", StringComparison.Ordinal))));

    // A joint act of "X and Y" whose partner no code covers has lost its target; two coded partners keep it.
    [Theory]
    [InlineData("Gondor and the Ent council signed a memorandum of understanding on tin sales.", false)]
    [InlineData("The Ent council and Gondor signed a memorandum of understanding on tin sales.", false)]
    [InlineData("Gondor and Arnor signed a memorandum of understanding on tin sales.", true)]
    public void JointActWithUncodedPartner_IsNoEvent(string text, bool coded) =>
        Assert.Equal(coded, DumpConflict(text).Contains(":05", StringComparison.Ordinal));
}
