using Sitrep.Corpus.Stories;

namespace Sitrep.Corpus.Tests.Stories;

/// <summary>Issue 10 point 1: re-publications with an updated figure are one story; notes in the same words are not.</summary>
[Trait("Issue", "10")]
public sealed class StoryMatchTests
{
    private const string Report =
        "TRIPOLI, Jan 8 - At least 12 people were killed when rockets hit a residential district of southern Tripoli on Wednesday, the health ministry of the internationally recognised government said.\n\n"
        + "The ministry said 30 people were wounded, several of them children, and that ambulances were still reaching the area late in the evening. It blamed forces loyal to eastern commander Khalifa Haftar, who have been trying to take the capital since April.\n\n"
        + "A spokesman for Haftar's Libyan National Army denied that its forces had targeted civilians and said its units had struck only military positions near the old airport road.\n\n"
        + "The United Nations mission in Libya condemned the attack and called on both sides to respect a truce proposed by Turkey and Russia, which were due to meet in Istanbul later in the week to discuss the conflict.\n\n"
        + "Residents said the rockets fell shortly after sunset near a school and a market, and that several buildings had caught fire. The fighting has killed more than 280 civilians since the offensive began, according to the United Nations.";

    // Reuters-21578 (the Fed's customer repurchases of March 30 and 31, 1987): the same words, another day and amount.
    private const string FedMarch30 =
        "NEW YORK, March 30 - The Federal Reserve entered the U.S. Government securities market to arrange two billion dlrs of customer repurchase agreements, a Fed spokesman said.\n\n"
        + "Dealers said Federal funds were trading at 6-3/8 pct when the Fed began its temporary and indirect supply of reserves to the banking system.\n\nReuter";

    private const string Earnings =
        "MILWAUKEE, WIS., March 2 - Shr 24 cts vs 1.20 dlrs\n\nNet 5.8 mln vs 20.2 mln\n\nRevs 193.5 mln vs 107.0 mln\n\nAvg shrs 16.4 mln vs 12.3 mln\n\nReuter";

    private static readonly StoryOptions Options = StoryOptions.Default;

    [Theory]
    [InlineData("At least 12 people", "At least 15 people")] // the toll updated
    [InlineData("said 30 people", "said 41 people")] // the wounded updated
    [InlineData("Jan 8", "Jan 9")] // a day later
    public void IsMatch_UpdatedFigure_OneStory(string from, string to)
    {
        var update = Report.Replace(from, to, StringComparison.Ordinal);
        var c = TemplateRule.Compare(FactTokens.Of(Report), FactTokens.Of(update));
        Assert.True(c.NumberConflicts <= 1, c.ToString());
        Assert.True(StoryMatch.IsMatch(Fingerprint(Report), Fingerprint(update), Options));
    }

    [Fact]
    public void IsMatch_TollUpdatedADayLater_OneStory()
    {
        var update = Report.Replace("At least 12", "At least 15", StringComparison.Ordinal).Replace("Jan 8", "Jan 9", StringComparison.Ordinal);
        Assert.True(StoryMatch.IsMatch(Fingerprint(Report), Fingerprint(update), Options));
    }

    [Fact]
    public void IsMatch_OtherCommanderNamed_TemplateStories()
    {
        // Names stay strict: the same words about another person are another story.
        var other = Report.Replace("Khalifa Haftar", "Osama Juwaili", StringComparison.Ordinal).Replace("Haftar's", "Juwaili's", StringComparison.Ordinal);
        Assert.False(StoryMatch.IsMatch(Fingerprint(Report), Fingerprint(other), Options));
    }

    [Fact]
    public void IsMatch_NextDaysOperationWithAnotherAmount_TemplateStories()
    {
        var march31 = FedMarch30.Replace("March 30", "March 31", StringComparison.Ordinal).Replace("two billion", "1.5 billion", StringComparison.Ordinal);
        Assert.False(StoryMatch.IsMatch(Fingerprint(FedMarch30), Fingerprint(march31), Options));
    }

    [Fact]
    public void IsMatch_SameOperationAWeekLater_TemplateStoriesByTheDatelineAlone()
    {
        var week = Report.Replace("Jan 8", "Jan 15", StringComparison.Ordinal);
        Assert.True(TemplateRule.Compare(FactTokens.Of(Report), FactTokens.Of(week)).DatelineConflicts == 1);
        Assert.False(StoryMatch.IsMatch(Fingerprint(Report), Fingerprint(week), Options));
    }

    [Fact]
    public void IsMatch_EarningsNoteOfAnotherCompany_TemplateStories()
    {
        var other = Earnings.Replace("24 cts vs 1.20", "31 cts vs 1.45", StringComparison.Ordinal);
        Assert.False(StoryMatch.IsMatch(Fingerprint(Earnings), Fingerprint(other), Options));
    }

    [Fact]
    public void Disagrees_UpdatedFigure_DependsOnTheSharedShingles()
    {
        var c = new FactComparison(NumberAgreements: 4, NumberConflicts: 1, NameAgreements: 6, NameConflicts: 0);
        Assert.True(c.Disagrees(0.1)); // the strict rule: 1 of 5 figures
        Assert.True(c.Disagrees(0.1, sharedShingles: 41, shinglesPerUpdatedFigure: 100));
        Assert.False(c.Disagrees(0.1, sharedShingles: 250, shinglesPerUpdatedFigure: 100));
        Assert.True((c with { DatelineConflicts = 1 }).Disagrees(0.1, sharedShingles: 250, shinglesPerUpdatedFigure: 100));
    }

    private static StoryFingerprint Fingerprint(string text) => StoryFingerprint.Of(text, Options);

    [Fact]
    public void IsMatch_AgainstAStoredTextAndSignature_DecidesAsAgainstItsFingerprint()
    {
        // The stories index verifies a candidate from its stored text and signature: the same decision, pair by pair.
        string[] texts =
        [
            Report, Report.Replace("At least 12", "At least 15", StringComparison.Ordinal), Report.Replace("Jan 8", "Jan 15", StringComparison.Ordinal),
            Report.Replace("Khalifa Haftar", "Osama Juwaili", StringComparison.Ordinal), string.Join("\n\n", Report.Split("\n\n")[..3]),
            string.Join("\n\n", Report.Split("\n\n")[2..]), FedMarch30, FedMarch30.Replace("two billion", "1.5 billion", StringComparison.Ordinal),
            Earnings, Earnings.Replace("24 cts vs 1.20", "31 cts vs 1.45", StringComparison.Ordinal), "Reuter", string.Empty,
        ];
        var matches = 0;
        foreach (var a in texts)
        {
            foreach (var b in texts)
            {
                var (fa, fb) = (Fingerprint(a), Fingerprint(b));
                var expected = StoryMatch.IsMatch(fa, fb, Options);
                Assert.Equal(expected, StoryMatch.IsMatch(fa, fb.Signature.AsSpan(), () => b, Options));
                matches += expected ? 1 : 0;
            }
        }

        Assert.InRange(matches, 12, 12 * 12 - 1); // both kinds of decision are met
    }
}
