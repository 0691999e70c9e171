using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Quotes;

// Issue 9 point 7: the forms of direct quotes that news uses beyond "…," X said, with fictional people (STYLE §5).
[Trait("Issue", "9")]
public sealed class QuoteFormTests
{
    private static string Dump(string text) =>
        QuoteTestKit.Dump(QuoteTestKit.Stage.Process(HandDocument.Of(text), CancellationToken.None)).TrimEnd();

    [Theory]
    [InlineData("writing-tweeted", "Belan Orrick tweeted: \"The pass is closed to all traffic.\"",
        "direct \"The pass is closed to all traffic.\" <- Belan Orrick")]
    [InlineData("writing-posted", "Belan Orrick posted on Facebook: \"The pass is closed to all traffic.\"",
        "direct \"The pass is closed to all traffic.\" <- Belan Orrick")]
    [InlineData("writing-wrote-comma", "Mira Talvanen wrote, \"We lack water and medicine.\"",
        "direct \"We lack water and medicine.\" <- Mira Talvanen")]
    [InlineData("addressee-comma", "Belan Orrick told the broadcaster, \"We will not retreat.\"",
        "direct \"We will not retreat.\" <- Belan Orrick")]
    [InlineData("colon-added", "Arvel Dunmore added: \"The bridge will hold.\"",
        "direct \"The bridge will hold.\" <- Arvel Dunmore")]
    [InlineData("future-ask", "\"How is it that the pass is still closed?\" Arvel Dunmore will ask.",
        "direct \"How is it that the pass is still closed?\" <- Arvel Dunmore")]
    [InlineData("fragment-denounced-as", "Belan Orrick denounced the plan as \"reckless\".",
        "direct \"reckless\" <- Belan Orrick")]
    [InlineData("fragment-thanked", "Mira Talvanen thanked \"the volunteers of the valley\" for their work.",
        "direct \"the volunteers of the valley\" <- Mira Talvanen")]
    [InlineData("fragment-calling", "The Riders Guild welcomed the news, calling it an \"early harvest present\" for farmers.",
        "direct \"early harvest present\" <- Riders Guild")]
    [InlineData("fragment-and-subject", "Talvanen Relief is seen in every valley, and describes itself as a \"trusted neighbour\" to all.",
        "direct \"trusted neighbour\" <- Talvanen Relief")]
    [InlineData("indirect-tail-told-addressee", "The toll on the eastern road might also be raised, Belan Orrick told reporters at the valley congress.",
        "indirect \"The toll on the eastern road might also be raised\" <- Belan Orrick")]
    [InlineData("indirect-long-subject", "Arvel Dunmore said the problem of price differences between the prices of the various grains of the valley had not been dealt with.",
        "indirect \"the problem of price differences between the prices of the various grains of the valley had not been dealt with\" <- Arvel Dunmore")]
    [InlineData("fragment-passive-by", "Dunmore, who was described as \"bridge-obsessed\" by Belan Orrick, left the valley.",
        "direct \"bridge-obsessed\" <- Belan Orrick")]
    [InlineData("fragment-apposed-name", "The mayor of the valley, Mira Talvanen, thanked \"every volunteer who came\".",
        "direct \"every volunteer who came\" <- Mira Talvanen (mayor of the valley)")]
    [InlineData("according-to-before-quote", "The council decided, according to Belan Orrick, \"that the bridge will be rebuilt this year.\"",
        "direct \"that the bridge will be rebuilt this year.\" <- Belan Orrick")]
    [InlineData("indirect-present-tense", "Mira Talvanen has said the valley needs its own bridge.",
        "indirect \"the valley needs its own bridge\" <- Mira Talvanen")]
    public void Find_Form_AttributesSpeaker(string id, string text, string expected)
    {
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(expected, Dump(text));
    }

    [Fact]
    public void Find_StatementReadColon_IsADirectQuoteOfTheStatement()
    {
        var quote = Assert.Single(QuoteTestKit.Stage.Process(HandDocument.Of("The ministry's statement read: \"The pass is closed.\""), CancellationToken.None).Quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Contains("ministry", quote.Speaker.Name, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Find_ReadOrPosted_IsNoCueForReportedClauses()
    {
        // "posted" and "read" report quoted words only: "posted a loss" and "read the report" are no speech.
        Assert.Empty(QuoteTestKit.Stage.Process(HandDocument.Of("Dunmore Mills posted a loss of four million crowns in the first quarter."), CancellationToken.None).Quotes);
        Assert.Empty(QuoteTestKit.Stage.Process(HandDocument.Of("Arvel Dunmore read the letter aloud to the engineers on the bridge."), CancellationToken.None).Quotes);
    }

    [Fact]
    public void Find_PluralNounAfterNumber_IsNoReportedClause()
    {
        Assert.Empty(QuoteTestKit.Stage.Process(HandDocument.Of("Arvel Dunmore said three words to the crowd."), CancellationToken.None).Quotes);
    }

    [Fact]
    public void Find_QuoteOverLostParagraphBreak_ReopensAndKeepsSpeaker()
    {
        // BBC texts lost their line breaks: the mark after "hold." opens the next paragraph's part of the quote.
        const string text = "Arvel Dunmore said: \"The bridge will hold. We checked it twice. \"Every cable was tested in March.\" The river rose on Monday.";
        Assert.Equal(
            "direct \"The bridge will hold. We checked it twice.\" <- Arvel Dunmore\ndirect \"Every cable was tested in March.\" <- Arvel Dunmore",
            Dump(text));
    }

    [Fact]
    public void Find_QuotesAfterALostParagraphBreak_ArePairedAgain()
    {
        // Without the reopening rule the marks pair off by one and the later quote is read as the words between quotes.
        const string text = "Mira Talvanen said: \"We lack water. \"We lack medicine.\" Talvanen added that help was coming. \"It will be here by Friday,\" she said.";
        var dump = Dump(text);
        Assert.Contains("direct \"It will be here by Friday,\" <- Mira Talvanen", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("Talvanen added", dump.Split('\n').Where(l => l.StartsWith("direct", StringComparison.Ordinal)).FirstOrDefault(l => l.Contains("added", StringComparison.Ordinal)) ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_SpaceBeforeClosingMark_StillCloses()
    {
        // "… community. " A spokesman said": a mark followed by a space closes the quote, it opens nothing.
        const string text = "\"I also wish you peace in your homes. \" Arvel Dunmore said the bridge would hold.";
        Assert.StartsWith("direct \"I also wish you peace in your homes.\"", Dump(text), StringComparison.Ordinal);
    }
}
