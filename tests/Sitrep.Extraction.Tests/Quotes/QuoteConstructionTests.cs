namespace Sitrep.Extraction.Tests.Quotes;

// Issue 9 point 7, the gaps left after the quote forms: constructions of reported speech that name their speaker in
// other ways, and nouns that look like reporting verbs. Fictional people (STYLE §5).
[Trait("Issue", "9")]
public sealed class QuoteConstructionTests
{
    private static string Dump(string text) =>
        QuoteTestKit.Dump(QuoteTestKit.Stage.Process(HandDocument.Of(text), CancellationToken.None)).TrimEnd();

    [Theory]
    [InlineData("title-nominal", "The cardinal said the valley should be the place for campaigning against hunger.",
        "indirect \"the valley should be the place for campaigning against hunger\" <- The cardinal")]
    [InlineData("title-nominal-two-words", "The prime minister said the bridge would be rebuilt this year.",
        "indirect \"the bridge would be rebuilt this year\" <- The prime minister")]
    [InlineData("relative-clause", "The plan will disappoint some senior valley members, who say the bridge had failed them.",
        "indirect \"the bridge had failed them\" <- some senior valley members [anon]")]
    [InlineData("direct-after-indirect-sentence", "Belan Orrick said the talks had failed. \"There is nothing more to discuss with them now.\"",
        "indirect \"the talks had failed\" <- Belan Orrick\ndirect \"There is nothing more to discuss with them now.\" <- Belan Orrick")]
    [InlineData("direct-after-indirect-semicolon", "Belan Orrick said the toll would be frozen; \"It is the right thing to do for the farmers.\"",
        "indirect \"the toll would be frozen\" <- Belan Orrick\ndirect \"It is the right thing to do for the farmers.\" <- Belan Orrick")]
    [InlineData("direct-after-indirect-chained", "Belan Orrick said the talks had failed. \"There is nothing more to discuss with them now.\" \"We will go home to the valley tomorrow.\"",
        "indirect \"the talks had failed\" <- Belan Orrick\ndirect \"There is nothing more to discuss with them now.\" <- Belan Orrick\ndirect \"We will go home to the valley tomorrow.\" <- Belan Orrick")]
    [InlineData("short-title-after-indirect", "Belan Orrick said the talks had failed. \"Valley Days\" is showing tonight.",
        "indirect \"the talks had failed\" <- Belan Orrick")]
    [InlineData("direct-after-indirect-new-paragraph", "Belan Orrick said the talks had failed.\n\n\"There is nothing more to discuss with them now.\"",
        "indirect \"the talks had failed\" <- Belan Orrick")]
    [InlineData("report-noun", "Mira Talvanen read the report the engineers had written about the bridge.", "")]
    [InlineData("reported-adjective", "Mira Talvanen denied the reported sale the engineers had planned for the bridge.", "")]
    [InlineData("according-to-document", "The judges decided, according to the summary, \"that the bridge toll was unlawful and of no effect.\"",
        "direct \"that the bridge toll was unlawful and of no effect.\" <- the summary")]
    [InlineData("indirect-beside-fragment", "Mira Talvanen called the plan \"reckless\", and Belan Orrick said the toll would be raised next year.",
        "direct \"reckless\" <- Mira Talvanen\nindirect \"the toll would be raised next year\" <- Belan Orrick")]
    [InlineData("indirect-beside-direct", "\"We will win,\" Arvel Dunmore said, and Belan Orrick said the bridge would fall within a year.",
        "direct \"We will win,\" <- Arvel Dunmore\nindirect \"the bridge would fall within a year\" <- Belan Orrick")]
    [InlineData("no-indirect-from-direct-cue", "Belan Orrick said: \"The bridge will fall within a year.\"",
        "direct \"The bridge will fall within a year.\" <- Belan Orrick")]
    [InlineData("colon-utterance-noun", "The Valley Council concluded with the statement: \"The bridge toll is unlawful and of no effect.\"",
        "direct \"The bridge toll is unlawful and of no effect.\" <- The Valley Council")]
    [InlineData("colon-utterance-noun-no-subject", "It ended with these words: \"The bridge toll is unlawful and of no effect.\"", "")]
    public void Find_Construction_AttributesSpeaker(string id, string text, string expected)
    {
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(expected, Dump(text));
    }
}
