using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Quotes;

namespace Sitrep.Extraction.Tests.Quotes;

// Golden cases with fictional people (STYLE §5): each pattern of issue 2 point 5, as "kind "quote" <- speaker" dumps.
public sealed class QuoteAttributorTests
{
    private static Document Run(string text, Func<Document, Document>? entities = null)
    {
        var doc = HandDocument.Of(text);
        return QuoteTestKit.Stage.Process(entities?.Invoke(doc) ?? doc, CancellationToken.None);
    }

    private static string Dump(string text) => QuoteTestKit.Dump(Run(text)).TrimEnd();

    [Theory]
    [InlineData("after-comma-said-name", "“The bridge will hold,” said Arvel Dunmore, a retired engineer.",
        "direct \"The bridge will hold,\" <- Arvel Dunmore (retired engineer)")]
    [InlineData("after-comma-name-said", "“The bridge will hold,” Arvel Dunmore said.",
        "direct \"The bridge will hold,\" <- Arvel Dunmore")]
    [InlineData("after-title-name-said-statement", "“We will not retreat,” Gondor Defence Minister Belan Orrick said in a statement to Reuters.",
        "direct \"We will not retreat,\" <- Belan Orrick (Gondor Defence Minister)")]
    [InlineData("before-said-colon", "Arvel Dunmore said: “The bridge will hold.”",
        "direct \"The bridge will hold.\" <- Arvel Dunmore")]
    [InlineData("before-told-reuters", "Belan Orrick told Reuters: “We will not retreat. Not now.”",
        "direct \"We will not retreat. Not now.\" <- Belan Orrick")]
    [InlineData("split-by-attribution", "“I think the talks failed,” Orrick said. “They tried.”",
        "direct \"I think the talks failed,\" <- Orrick\ndirect \"They tried.\" <- Orrick")]
    [InlineData("continuation-after-appositive", "“Supplies are short,” said Mira Talvanen, a relief worker. “In particular we lack water.”",
        "direct \"Supplies are short,\" <- Mira Talvanen (relief worker)\ndirect \"In particular we lack water.\" <- Mira Talvanen (relief worker)")]
    [InlineData("continuation-across-paragraphs", "“Supplies are short,” said Mira Talvanen.\n\n“In particular we lack water.”",
        "direct \"Supplies are short,\" <- Mira Talvanen\ndirect \"In particular we lack water.\" <- Mira Talvanen")]
    [InlineData("indirect-comma-said-name", "Gondor may be planning a long siege of the eastern valley, said Arvel Dunmore, a fellow at the Minas Institute.",
        "indirect \"Gondor may be planning a long siege of the eastern valley\" <- Arvel Dunmore (fellow at the Minas Institute)")]
    [InlineData("indirect-comma-name-said", "The convoy was stopped at the border, Orrick said on Monday.",
        "indirect \"The convoy was stopped at the border\" <- Orrick")]
    [InlineData("indirect-said-that", "Arvel Dunmore said that the convoy had been stopped at the border.",
        "indirect \"the convoy had been stopped at the border\" <- Arvel Dunmore")]
    [InlineData("indirect-said-clause", "Arvel Dunmore said the convoy had been stopped at the border.",
        "indirect \"the convoy had been stopped at the border\" <- Arvel Dunmore")]
    [InlineData("indirect-told-addressee", "Belan Orrick told the Associated Press four trucks were destroyed.",
        "indirect \"four trucks were destroyed\" <- Belan Orrick")]
    [InlineData("according-to-end", "Four trucks were destroyed near the river, according to Belan Orrick.",
        "indirect \"Four trucks were destroyed near the river\" <- Belan Orrick")]
    [InlineData("according-to-start", "According to Belan Orrick, four trucks were destroyed near the river.",
        "indirect \"four trucks were destroyed near the river\" <- Belan Orrick")]
    [InlineData("label-verb", "Belan Orrick called the decision a “grave mistake”.",
        "direct \"grave mistake\" <- Belan Orrick")]
    public void Find_Pattern_AttributesSpeaker(string id, string text, string expected)
    {
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(expected, Dump(text));
    }

    [Theory]
    [InlineData("A senior Rohan official told Reuters: “The pass is closed.”", "A senior Rohan official")]
    [InlineData("A source at the Rohan-backed Free Riders Army said some fighters had already been registered as guards.", "A source at the Rohan-backed Free Riders Army")]
    [InlineData("The supply lines were cut, two sources close to those forces said.", "two sources close to those forces")]
    [InlineData("Officials said the convoy had been stopped at the border.", "Officials")]
    public void Find_AnonymousSource_FlaggedWithPhraseAsName(string text, string speaker)
    {
        var quote = Assert.Single(Run(text).Quotes);
        Assert.True(quote.Speaker.Anonymous);
        Assert.Equal(speaker, quote.Speaker.Name);
        Assert.Null(quote.Speaker.EntityId);
    }

    [Fact]
    public void Find_PronounWithMention_TakesMentionEntity()
    {
        const string text = "Arvel Dunmore met Belan Orrick on Monday.\n\n“The pass is closed,” he said.";
        var doc = Run(text, d => QuoteTestKit.WithPerson(QuoteTestKit.WithPerson(d, "Arvel Dunmore", "engineer"), "Belan Orrick", "minister", "he"));
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("Belan Orrick", quote.Speaker.Name);
        Assert.Equal(1, quote.Speaker.EntityId);
        Assert.Equal("minister", quote.Speaker.Role);
        Assert.Equal("he", doc.TextOf(quote.Speaker.Span!.Value));
    }

    [Fact]
    public void Find_PronounWithoutMention_TakesPreviousNamedSpeaker()
    {
        const string text = "The siege may last a year, said Arvel Dunmore, a fellow at the Minas Institute.\n\n“Gondor has been given a golden opportunity,” he said.";
        var quotes = Run(text).Quotes;
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("Arvel Dunmore", q.Speaker.Name));
    }

    [Fact]
    public void Find_NameWithMention_ResolvesEntityAndRole()
    {
        const string text = "Interior Minister Belan Orrick visited the front.\n\n“We will hold,” Orrick said.";
        var doc = Run(text, d => QuoteTestKit.WithPerson(d, "Belan Orrick", "Interior Minister", "Orrick"));
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal(("Belan Orrick", "Interior Minister", (int?)0), (quote.Speaker.Name, quote.Speaker.Role, quote.Speaker.EntityId));
    }

    [Fact]
    public void Find_SurnameWithoutEntities_TakesEarlierFullName()
    {
        var quotes = Run("“The bridge will hold,” said Arvel Dunmore.\n\nThe river rose.\n\n“It held,” Dunmore said.").Quotes;
        Assert.Equal(["Arvel Dunmore", "Arvel Dunmore"], quotes.Select(q => q.Speaker.Name));
    }

    [Fact]
    public void Find_AttributionFragmentWithList_MakesNoQuote()
    {
        // Reference article: "…since September, officials say , diplomats and analysts." is not a clean attribution.
        Assert.Empty(Run("The air power has overwhelmed the defenders since September, officials say , diplomats and analysts.").Quotes);
    }

    [Fact]
    public void Find_ScareQuotes_NoQuoteNoDiagnostic()
    {
        var doc = Run("The magazine named her its “Person of the Year” on Wednesday.");
        Assert.Empty(doc.Quotes);
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Find_NounPhraseAfterVerb_NotReportedSpeech()
    {
        Assert.Empty(Run("Mayor Arvel Dunmore has declared tomorrow a day of mourning.").Quotes);
    }

    [Fact]
    public void Find_UnclosedQuote_DiagnosticNotCrash()
    {
        var doc = Run("“The bridge will hold, said Arvel Dunmore.\n\nThe river rose.");
        var diagnostic = Assert.Single(doc.Diagnostics, d => d.Code == DiagnosticCode.UnclosedQuote);
        Assert.Equal(QuoteAttributor.StageName, diagnostic.Stage);
        Assert.Equal(0, diagnostic.Span!.Value.Start);
    }

    [Fact]
    public void Find_QuoteRunningOverParagraphs_NoUnclosedDiagnostic()
    {
        var doc = Run("“Supplies are short.\n\n“We lack water,” said Mira Talvanen.");
        Assert.DoesNotContain(doc.Diagnostics, d => d.Code == DiagnosticCode.UnclosedQuote);
        Assert.Equal(2, doc.Quotes.Length);
        Assert.All(doc.Quotes, q => Assert.Equal("Mira Talvanen", q.Speaker.Name));
    }

    [Fact]
    public void Find_CreditsAndNoiseZones_NeverInQuotes()
    {
        const string text = "advertisement\n“We will hold,” said Belan Orrick.\n(Reporting by “Arvel Dunmore,” said Mira Talvanen)";
        var doc = HandDocument.Of(text);
        doc = doc with
        {
            Zones = [new Zone(new TextSpan(0, 13), ZoneKind.Noise), doc.Zones[1], new Zone(new TextSpan(text.IndexOf('(', StringComparison.Ordinal), text.Length), ZoneKind.Credits)],
        };
        var quotes = QuoteTestKit.Stage.Process(doc, CancellationToken.None).Quotes;
        var quote = Assert.Single(quotes);
        Assert.Equal("Belan Orrick", quote.Speaker.Name);
    }

    [Fact]
    public void Process_AddsQuotesLayerAndCue()
    {
        var doc = Run("“The bridge will hold,” said Arvel Dunmore.");
        Assert.True(doc.Has(LayerKind.Quotes));
        Assert.Equal("said", doc.TextOf(doc.Quotes[0].Cue!.Value));
    }

    [Fact]
    public void UseQuotes_WithoutEntityStage_BuildFailsNamingLayer()
    {
        var builder = new PipelineBuilder().UseQuotes(QuoteTestKit.Catalog);
        var ex = Assert.Throws<PipelineBuildException>(() => builder.Build([LayerKind.Zones, LayerKind.Tokens, LayerKind.Sentences]));
        Assert.Contains("Entities", ex.Message, StringComparison.Ordinal);
    }
}
