using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Quotes;

// Issue 9 point 7, speakers on unseen articles: a document as speaker goes to its issuer (the noun kept as the quote's
// medium), a pronoun's antecedent is not a name inside its own quote, titles and a surname stand for the person named
// in full, a title alone for its holder. Fictional people and bodies (STYLE §5).
[Trait("Issue", "9")]
public sealed class QuoteSpeakerResolutionTests
{
    private static Document Run(string text, Func<Document, Document>? entities = null)
    {
        var doc = HandDocument.Of(text);
        return QuoteTestKit.Stage.Process(entities?.Invoke(doc) ?? doc, CancellationToken.None);
    }

    private static string Speakers(Document doc) =>
        string.Join(" | ", doc.Quotes.Select(q => $"{q.Speaker.Name}{(q.Speaker.Anonymous ? " [anon]" : "")} /{q.Medium ?? "-"}"));

    [Theory]
    [InlineData("name-before-noun", "A Gondor Rail statement said: \"The line will reopen on Monday.\"", "Gondor Rail /statement")]
    [InlineData("from-issuer", "A statement from the ministry said the line would reopen on Monday.", "the ministry /statement")]
    [InlineData("possessive-issuer", "The ministry's statement said the line would reopen on Monday.", "The ministry /statement")]
    [InlineData("possessive-name", "Gondor Rail's letter said the line would reopen on Monday.", "Gondor Rail /letter")]
    [InlineData("report-in-newspaper", "A report in the Minas Herald said the line would reopen on Monday.", "Minas Herald /report")]
    [InlineData("reports-unnamed", "Reports said the line would reopen on Monday.", "Reports [anon] /reports")]
    [InlineData("date-possessive-is-no-issuer", "Monday's statement said the line would reopen soon.", "Monday's statement /statement")]
    [InlineData("capitalised-noun-ends-a-name", "The Minas Post said the line would reopen on Monday.", "Minas Post /-")]
    [InlineData("definite-refers-back", "A Gondor Rail statement said: \"The line will reopen on Monday.\" The statement continued: \"Trains will run every hour.\"",
        "Gondor Rail /statement | Gondor Rail /statement")]
    [InlineData("said-in-a-statement-then-definite", "Gondor Rail said in a statement that the line would reopen on Monday. The statement added: \"Trains will run every hour.\"",
        "Gondor Rail /statement | Gondor Rail /statement")]
    [InlineData("in-a-letter-opening", "In a letter to the council, Mira Talvanen wrote: \"The bridge must be repaired.\"", "Mira Talvanen /letter")]
    [InlineData("according-to-document-named-subject", "Mira Talvanen, the chief judge, decided, according to the summary, \"that the toll was unlawful.\"",
        "Mira Talvanen /summary")]
    [InlineData("no-issuer-stays", "The statement said the line would reopen on Monday.", "The statement /statement")]
    public void Find_DocumentAsSpeaker_CreditsIssuer(string id, string text, string expected)
    {
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(expected, Speakers(Run(text)));
    }

    [Fact]
    public void Find_DocumentWithoutIssuer_TakesNearestPersonOfParagraph()
    {
        const string text = "Mira Talvanen wrote to the council on Monday. The letter said: \"The bridge must be repaired.\"";
        var doc = Run(text, d => QuoteTestKit.WithPerson(d, "Mira Talvanen", "mayor"));
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal(("Mira Talvanen", (int?)0, "letter"), (quote.Speaker.Name, quote.Speaker.EntityId, quote.Medium));
    }

    [Fact]
    public void Find_DocumentWithoutIssuer_LooksNoFurtherThanItsParagraph()
    {
        const string text = "Mira Talvanen wrote to the council on Monday.\n\nThe letter said: \"The bridge must be repaired.\"";
        var doc = Run(text, d => QuoteTestKit.WithPerson(d, "Mira Talvanen", "mayor"));
        Assert.Equal("The letter", Assert.Single(doc.Quotes).Speaker.Name);
    }

    [Fact]
    public void Find_PronounWhoseMentionIsInsideItsQuote_TakesPersonBeforeTheQuote()
    {
        // The coreference linked "he" to the painter named inside the quote; the speaker is the one named before it.
        const string text = "Arvel Dunmore opened the gallery.\n\n\"Our show of Belan Orrick was the strongest of the year,\" he said.";
        var doc = Run(text, d => QuoteTestKit.WithPerson(QuoteTestKit.WithPerson(d, "Arvel Dunmore", "director"), "Belan Orrick", null, "he"));
        Assert.Equal("Arvel Dunmore", Assert.Single(doc.Quotes).Speaker.Name);
    }

    [Fact]
    public void Find_PronounWhoseMentionIsOutsideTheQuote_KeepsIt()
    {
        const string text = "Arvel Dunmore met Belan Orrick at the gallery.\n\n\"The show was the strongest of the year,\" he said.";
        var doc = Run(text, d => QuoteTestKit.WithPerson(QuoteTestKit.WithPerson(d, "Arvel Dunmore", "director"), "Belan Orrick", null, "he"));
        Assert.Equal("Belan Orrick", Assert.Single(doc.Quotes).Speaker.Name);
    }

    [Theory]
    [InlineData("Mr Dunmore")]
    [InlineData("Dr Dunmore")]
    [InlineData("Baroness Dunmore")]
    [InlineData("Lady Dunmore")]
    public void Find_TitleAndSurname_TakesPersonNamedInFull(string titled)
    {
        // The entity layer may keep "Mr Dunmore" apart from "Arvel Dunmore"; the quote goes to the full name.
        var text = $"Arvel Dunmore opened the gallery.\n\n\"The show was strong,\" {titled} said.";
        var doc = Run(text, d => QuoteTestKit.WithPerson(QuoteTestKit.WithPerson(d, "Arvel Dunmore", "director"), titled, titled));
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal(("Arvel Dunmore", (int?)0), (quote.Speaker.Name, quote.Speaker.EntityId));
    }

    [Fact]
    public void Find_TitleAndSurnameWithNoFullName_KeepsIt()
    {
        const string text = "The gallery opened.\n\n\"The show was strong,\" Mr Dunmore said.";
        var doc = Run(text, d => QuoteTestKit.WithPerson(d, "Mr Dunmore", "Mr Dunmore"));
        Assert.Equal("Mr Dunmore", Assert.Single(doc.Quotes).Speaker.Name);
    }

    [Fact]
    public void Find_PeerStyle_StaysTheName()
    {
        // "Lord Falconer" is often all an article calls a peer: the style is kept as the name (speaker-titles v2).
        Assert.Equal("Lord Dunmore", Assert.Single(Run("\"The show was strong,\" Lord Dunmore said.").Quotes).Speaker.Name);
    }

    [Fact]
    public void Find_TitleAlone_TakesItsHolder()
    {
        // End to end: the entity stage links "The minister" to the person whose role ends with the title.
        var doc = QuoteTestKit.Full.Process(new Document("t", "Interior Minister Belan Orrick visited the bridge on Monday. The minister said the toll would be cut next year."));
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("Belan Orrick", quote.Speaker.Name);
    }
}
