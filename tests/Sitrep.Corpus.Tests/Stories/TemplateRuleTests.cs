using Sitrep.Corpus.Stories;

namespace Sitrep.Corpus.Tests.Stories;

[Trait("Issue", "10")]
public sealed class TemplateRuleTests
{
    // Reuters-21578 style notes: the same wording, other figures (two companies) or the same figures (a re-send).
    private const string Harnischfeger =
        "MILWAUKEE, WIS., March 2 - Shr 24 cts vs 1.20 dlrs\n\nNet 5.8 mln vs 20.2 mln\n\nRevs 193.5 mln vs 107.0 mln\n\nAvg shrs 16.4 mln vs 12.3 mln\n\nReuter";

    private const string OtherCompany =
        "MILWAUKEE, WIS., March 2 - Shr 31 cts vs 1.45 dlrs\n\nNet 6.1 mln vs 22.7 mln\n\nRevs 201.5 mln vs 107.0 mln\n\nAvg shrs 16.4 mln vs 12.3 mln\n\nReuter";

    private const string DividendDallas = "DALLAS, March 12 - Qtly div 12-1/2 cts vs 12-1/2 cts prior\n\nPay April 30\n\nRecord April 15\n\nReuter";

    private const string DividendOther = "DALLAS, March 4 - Qtly div 12-1/2 cts vs 12-1/2 cts prior\n\nPay April One\n\nRecord March 13\n\nReuter";

    private const string Fed =
        "NEW YORK, March 30 - The Federal Reserve entered the U.S. Government securities market to arrange two billion dlrs of customer repurchase agreements, a Fed spokesman said.\n\n"
        + "Dealers said Federal funds were trading at 6-3/8 pct when the Fed began its temporary and indirect supply of reserves to the banking system.\n\nReuter";

    [Fact]
    public void Compare_SameNoteOtherFigures_TemplateStories()
    {
        // Shr 24 | 31 and 1.20 | 1.45 stand in unique contexts ("cts vs", "Shr ... cts"); the other rows share "mln vs".
        var c = TemplateRule.Compare(FactTokens.Of(Harnischfeger), FactTokens.Of(OtherCompany));
        Assert.True(c.NumberConflicts >= 2, c.ToString());
        Assert.True(c.Disagrees(StoryOptions.DefaultMaxConflictShare));
    }

    [Fact]
    public void Compare_DividendNotesOfTwoCompanies_TemplateStories() =>
        Assert.True(TemplateRule.AreTemplateStories(FactTokens.Of(DividendDallas), FactTokens.Of(DividendOther)));

    [Fact]
    public void Compare_NextWeeksOperationWithTheSameFigures_TemplateStoriesByTheDatelineDay()
    {
        var nextWeek = Fed.Replace("March 30", "April 6", StringComparison.Ordinal);
        Assert.True(TemplateRule.AreTemplateStories(FactTokens.Of(Fed), FactTokens.Of(nextWeek)));
    }

    [Fact]
    public void Compare_OtherAmount_TemplateStories()
    {
        var other = Fed.Replace("two billion", "1.5 billion", StringComparison.Ordinal);
        Assert.Equal(1, TemplateRule.Compare(FactTokens.Of(Fed), FactTokens.Of(other)).NumberConflicts);
        Assert.True(TemplateRule.AreTemplateStories(FactTokens.Of(Fed), FactTokens.Of(other)));
    }

    [Theory]
    [InlineData("March 30", "March 31")] // a day later
    [InlineData("a Fed spokesman said", "a Fed official said")] // a word changed
    [InlineData("Reuter", "Dealers expect more operations this week.\n\nReuter")] // a paragraph added
    [InlineData("Dealers said Federal funds were trading at 6-3/8 pct when the Fed began its temporary and indirect supply of reserves to the banking system.\n\n", "")] // a paragraph dropped
    public void Compare_RepublicationEdits_SameStory(string from, string to)
    {
        var edited = Fed.Replace(from, to, StringComparison.Ordinal);
        var c = TemplateRule.Compare(FactTokens.Of(Fed), FactTokens.Of(edited));
        Assert.False(c.Disagrees(StoryOptions.DefaultMaxConflictShare), c.ToString());
    }

    [Theory]
    [InlineData(1)] // the Net row dropped: the rows below move up a position
    [InlineData(2)]
    [InlineData(3)]
    public void Compare_TableRowDropped_SameStory(int row)
    {
        // Words after a line break have no context; two such words at the same index of two texts (the row below a
        // dropped one) are not in the same slot.
        var rows = Harnischfeger.Split("\n\n");
        var dropped = string.Join("\n\n", rows.Where((_, i) => i != row));
        var c = TemplateRule.Compare(FactTokens.Of(Harnischfeger), FactTokens.Of(dropped));
        Assert.Equal(0, c.NumberConflicts + c.NameConflicts);
    }

    [Fact]
    public void Compare_ParagraphAddedAtTheEnd_LastWordsNotAligned()
    {
        var added = Fed + "\n\nThe operation was arranged through Gordon Capital Corp";
        var c = TemplateRule.Compare(FactTokens.Of(Fed), FactTokens.Of(added));
        Assert.Equal(0, c.NumberConflicts + c.NameConflicts);
    }

    [Fact]
    public void Compare_WordChangedInsideAFigure_SameFigure()
    {
        // "a few words changed" hit the word glued to a figure ("21-day-cycle" -> "21-add-cycle" in the generated set).
        var before = Fed.Replace("6-3/8 pct", "6-3/8-pct rate", StringComparison.Ordinal);
        var after = Fed.Replace("6-3/8 pct", "6-3/8-day rate", StringComparison.Ordinal);
        var c = TemplateRule.Compare(FactTokens.Of(before), FactTokens.Of(after));
        Assert.Equal(0, c.NumberConflicts);
        Assert.True(c.NumberAgreements >= 2, c.ToString());
    }

    [Fact]
    public void Compare_IsSymmetric()
    {
        var (a, b) = (FactTokens.Of(Harnischfeger), FactTokens.Of(OtherCompany));
        Assert.Equal(TemplateRule.Compare(a, b), TemplateRule.Compare(b, a) with { });
    }

    [Fact]
    public void Of_KindsOfWords_FiguresNamesAndTheDatelineDay()
    {
        var p = FactTokens.Of("CAIRO, Jan 8 - The army said two soldiers and Haftar's men fought near Sirte on Jan 9.");
        // cairo jan 8 the army said two soldiers and haftar's men fought near sirte on jan 9
        Assert.Equal(
            [FactKind.Name, FactKind.Name, FactKind.DatelineDay, FactKind.None, FactKind.None, FactKind.None, FactKind.Number, FactKind.None, FactKind.None, FactKind.Name, FactKind.None, FactKind.None, FactKind.None, FactKind.Name, FactKind.None, FactKind.Name, FactKind.Number],
            p.Kinds.AsEnumerable());
    }
}
