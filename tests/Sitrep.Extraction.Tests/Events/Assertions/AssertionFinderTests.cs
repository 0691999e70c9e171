using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Events.Assertions;

/// <summary>
/// Issue 10 point 3, golden table of constructions: who asserts each coded event (reporter, named speaker, anonymous
/// source or document), with the asserter's words, the quote that holds the event and the medium
/// (<c>docs/assertion-guideline.md</c>). Fictional actors, so the cases test the assertion rules alone.
/// </summary>
[Trait("Issue", "10")]
public sealed class AssertionFinderTests
{
    [Theory]
    // Own voice: no attribution in the sentence.
    [InlineData("Mordor attacked Gondor on Monday.", "MOR>GON:190 reporter")]
    // "X said" after the event, and its statement asserted by its own speaker.
    [InlineData("Mordor attacked Gondor on Monday, King Elessar said.", "GONGOV>-:010 speaker \"Elessar\" q0; MOR>GON:190 speaker \"Elessar\" q0")]
    // "X said" before the event.
    [InlineData("King Elessar said Mordor attacked Gondor on Monday.", "GONGOV>-:010 speaker \"Elessar\" q0; MOR>GON:190 speaker \"Elessar\" q0")]
    // "according to" a document, whose issuer is named.
    [InlineData("Mordor attacked Gondor on Monday, according to a Rohan report.", "MOR>GON:190 document \"Rohan\" q0 [report]")]
    // "according to" anonymous witnesses, before the event.
    [InlineData("According to witnesses, Mordor attacked Gondor on Monday.", "MOR>GON:190 anonymous \"witnesses\" q0")]
    // Anonymous officials after the event.
    [InlineData("Mordor attacked Gondor on Monday, officials said.", "MOR>GON:190 anonymous \"officials\" q0")]
    // "X told Y that": an anonymous source; the outlet told is not the asserter.
    [InlineData("A security source told Reuters that Mordor attacked Gondor on Monday.", "MOR>GON:190 anonymous \"A security source\" q0")]
    // A document as the grammatical speaker, with no issuer.
    [InlineData("The statement said Mordor attacked Gondor on Monday.", "MOR>GON:190 document \"The statement\" q0 [statement]")]
    public void Find_Construction_Asserter(string text, string expected) =>
        Assert.Equal(expected, AssertionTestKit.Dump(text));

    [Fact]
    public void Find_NestedQuoting_TheQuotedSpeakerWithTheOutletAsMedium()
    {
        var dump = AssertionTestKit.Dump("Reuters quoted a Gondorian army official as saying that Mordor attacked Gondor on Monday.");
        Assert.Contains("MOR>GON:190 anonymous \"a Gondorian army official\" q0 [Reuters]", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ReportingClauseTheQuoteStageLeft_GovernsTheClauseBeforeIt()
    {
        // The reference article's "…, officials say , diplomats and analysts.": a reporting clause set off by commas in
        // the middle of the sentence; the quote stage makes no quote of it. It governs the event before it only.
        var doc = AssertionTestKit.Assert("Mordor attacked Gondor with air power, officials say, and Rohan sent troops to Arnor.");
        Assert.Empty(doc.Quotes);
        var attack = Assert.Single(doc.Events, e => e.Code.Value == "190");
        Assert.Equal(new Assertion(AssertionKind.Anonymous, "officials", null, attack.AssertedBy!.Span, null, "reporting-clause"), attack.AssertedBy);
        Assert.Equal("officials", doc.TextOf(attack.AssertedBy.Span!.Value));
        Assert.All(doc.Events.Where(e => e.Source?.Code.Value == "ROH"), e => Assert.Equal(AssertionKind.Reporter, e.AssertedBy!.Kind));
    }

    [Fact]
    public void Find_QuoteContinuationParagraph_TheSpeakerOfTheQuoteBefore()
    {
        var doc = AssertionTestKit.Assert("“Gondor will not give up,” King Elessar said.\n\n“Mordor attacked Gondor on Monday.”");
        var attack = Assert.Single(doc.Events, e => e.Code.Value == "190");
        Assert.Equal(AssertionKind.Speaker, attack.AssertedBy!.Kind);
        Assert.Equal("King Elessar", attack.AssertedBy.Name);
        Assert.Equal("GONGOV", attack.AssertedBy.Actor?.Value);
        Assert.Equal(1, attack.AssertedBy.Quote);
        Assert.Equal("Elessar", doc.TextOf(attack.AssertedBy.Span!.Value));
    }

    [Theory]
    // A statement by a participle hangs on its clause: the speaker of the quote cued before it, not the coder's source.
    [InlineData("An official said Gondor wanted peace with Mordor, adding that Mordor was not ready.", "adding", AssertionKind.Anonymous, "An official")]
    [InlineData("A Gondorian army spokesman said Gondor wanted peace with Mordor, adding that Mordor was not ready.", "adding", AssertionKind.Anonymous, "A Gondorian army spokesman")]
    public void Find_ParticipleStatement_TheSpeakerOfItsClause(string text, string trigger, AssertionKind kind, string name)
    {
        var doc = AssertionTestKit.Assert(text);
        var statement = Assert.Single(doc.Events, e => doc.TextOf(e.Trigger) == trigger);
        Assert.Equal((kind, name), (statement.AssertedBy!.Kind, statement.AssertedBy.Name));
    }

    [Fact]
    public void Find_StatementEvent_AssertedByItsSpeaker()
    {
        var doc = AssertionTestKit.Assert("King Elessar said on Monday that Gondor wanted peace with Mordor.");
        var statement = Assert.Single(doc.Events, e => e.Code.RootNumber == 1);
        // The speaker's words are the quote layer's: the name without its title.
        Assert.Equal(new Assertion(AssertionKind.Speaker, "King Elessar", statement.Source!.Code, new TextSpan(5, 12), 0, "statement"), statement.AssertedBy);
    }

    [Fact]
    public void Find_StatementWhoseSourceModifiesTheSpeaker_TheNamedSpeaker()
    {
        // The coder codes the body ("State Department" → USAGOV) and the quote stage makes no quote of this "told
        // reporters … that": the asserter is the reporting verb's subject, the person, with the body's code.
        var doc = Default.Process(new Document("r", "State Department spokesman Charles Redman told reporters traveling with the secretary that as the crucial talks got under way, U.S. Arms control advisers were instructed not to discuss the substance of the American proposals with the press.", new DocumentMetadata { Date = new DateOnly(1987, 4, 13) }));
        var statement = Assert.Single(doc.Events, e => e.Code.RootNumber == 1);
        Assert.Equal((AssertionKind.Speaker, "Charles Redman", "USAGOV", "statement"), (statement.AssertedBy!.Kind, statement.AssertedBy.Name, statement.AssertedBy.Actor?.Value, statement.AssertedBy.Rule));
    }
}
