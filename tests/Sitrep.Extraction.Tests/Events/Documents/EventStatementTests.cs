using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>
/// Issue 8 point 5: a statement (CAMEO 01) is its speaker's act. The speaker is the quote layer's when it attributes the
/// reported words, and a speaker after the verb needs the inversion reports use; a firm is a business, not its country.
/// </summary>
[Trait("Issue", "8")]
public sealed class EventStatementTests
{
    private static List<DocumentEvent> Statements(string text) =>
        [.. Default.Process(new Document("s", text, new DocumentMetadata { Date = new DateOnly(1987, 3, 2) })).Events.Where(e => e.Code.RootNumber == 1)];

    [Theory]
    [InlineData("Baker pointed out Gondor was paying its debts.", "")]
    [InlineData("“We reject the plan,” said Arnor.", "ARN>-:010")]
    public void InvertedSpeaker_NeedsTheReportedWordsFirst(string text, string expected) =>
        Assert.Equal(expected, EventTestKit.DumpConflict(text));

    [Fact]
    public void Statement_OfAFirm_IsTheBusinessNotItsCountry()
    {
        var statements = Statements("Japan Air Lines Co Ltd said it would buy five Boeing jets.");
        Assert.All(statements, e => Assert.Equal("JPNBUS", e.Source?.Code.Value));
    }

    [Fact]
    public void Statement_TakesNoSpeakerFromTheReportedClause()
    {
        // The quote's speaker ("the traders") has no code: no statement is credited to the country the words name.
        var statements = Statements("Prices will rise because Egypt is buying wheat, the traders said.");
        Assert.DoesNotContain(statements, e => e.Source?.Code.Value.StartsWith("EGY", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("The Reserve Bank of India said it would cut rates.", "INDGOV")]
    [InlineData("Bank of America said it would buy the firm.", "USABUS")]
    public void Statement_OfABank_IsTheStateOnlyForACentralBank(string text, string expected) =>
        Assert.Contains(Statements(text), e => e.Source?.Code.Value == expected);

    [Theory]
    [InlineData("American Express said profits rose.", "USA")]
    [InlineData("The Tokyo Stock Exchange said trading would resume.", "JPNGOV")]
    public void Statement_OfANamedFirm_IsNotItsCountryOrCapital(string text, string wrong) =>
        Assert.DoesNotContain(Statements(text), e => e.Source?.Code.Value == wrong);

    [Fact]
    public void Statement_OfAFirmFromACountry_IsNotTheCountry() =>
        Assert.DoesNotContain(Statements("Meantime, Nippon Telegraph and Telephone of Japan said it has built a 16-megabyte chip."), e => e.Source?.Code.Value == "JPN");

    [Theory]
    [InlineData("Analysts polled by Reuters said prices would rise.", "MED")]
    [InlineData("Diplomats in Bangkok said the talks would resume.", "THA")]
    public void Statement_NameAfterAPreposition_IsNotTheSpeaker(string text, string wrong) =>
        Assert.DoesNotContain(Statements(text), e => e.Source?.Code.Value.StartsWith(wrong, StringComparison.Ordinal) == true);

    [Fact]
    public void Statement_HeadBeforeAPreposition_IsTheSpeaker() =>
        Assert.Contains(Statements("Police in Delhi said two people were arrested."), e => e.Source?.Code.Value == "INDCOP");

    // Issue 8 point 5 (docs/event-sample-news-2026-12-08c.md): a verb of saying joined by "and", or a participle after a
    // comma, speaks for its clause's subject; an actor inside the earlier verb's object is not the speaker.
    [Theory]
    [InlineData("The trade commission accused Japan of dumping steel on the Canadian market and said it would impose duties.", "JPN")]
    [InlineData("The trade commission accused Japan of dumping steel on the Canadian market and said it would impose duties.", "CAN")]
    [InlineData("The bishop opened his tour with a defence of the rights of Brazilian farm workers, saying they had waited too long.", "BRA")]
    [InlineData("The British government repeated its commitment to the new OPEC price pact and said oil would stay cheap.", "IGOOPC")]
    public void Statement_JoinedToAClause_IsNotTheObjectsActor(string text, string wrong) =>
        Assert.DoesNotContain(Statements(text), e => e.Source?.Code.Value.StartsWith(wrong, StringComparison.Ordinal) == true);

    // The subject before the clause's first verb keeps the joined statement.
    [Theory]
    [InlineData("The British government repeated its commitment to the new OPEC price pact and said oil would stay cheap.")]
    [InlineData("The British government rebuffed the Brazilian request, saying commercial loans were a matter for banks.")]
    public void Statement_JoinedToAClause_IsTheSubjects(string text) =>
        Assert.Contains(Statements(text), e => e.Source?.Code.Value == "GBRGOV");

    // An actor followed by its own verb is that verb's subject, whatever clause comes before it.
    // (Coded over fictional actors without a quote layer, which would otherwise credit the speaker on its own.)
    [Fact]
    public void Statement_JoinedToTheClauseOfItsOwnSubject_KeepsIt()
    {
        // Mordor's own "maintained" stays its statement; the "saying" is Gondor's.
        var dump = EventTestKit.DumpConflict("Even though Mordor maintained that the convoy was armed, Gondor refuted the claim, saying the convoy carried grain.");
        Assert.Equal("GON>-:010; MOR>-:010", dump);
    }

    // The subject of a reported clause is not the subject of the joined verb of saying.
    [Fact]
    public void Statement_JoinedAfterAReportedClause_IsNotItsSubject() =>
        Assert.DoesNotContain("ARN>-:010", EventTestKit.DumpConflict("The mines minister confirmed that Arnor had ended grain shipments and announced that the border would reopen."), StringComparison.Ordinal);

    // "…, according to X" names its source after the verb.
    [Fact]
    public void Statement_AccordingToAfterAComma_KeepsItsSource() =>
        Assert.Contains(Statements("Oil exports rose sharply in March, according to the Japanese government."), e => e.Source?.Code.Value == "JPNGOV");
}
