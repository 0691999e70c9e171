namespace Sitrep.Text.Tests;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Mr. Smith met Gen. Jones on Jan. 8. They talked.", "Mr. Smith met Gen. Jones on Jan. 8.|They talked.")]
    [InlineData("The U.N. envoy arrived. He spoke.", "The U.N. envoy arrived.|He spoke.")]
    [InlineData("It grew 3.5 percent. Prices fell.", "It grew 3.5 percent.|Prices fell.")]
    [InlineData("J. R. Smith spoke.", "J. R. Smith spoke.")]
    [InlineData("“We will win. They will lose,” he said. Then he left.", "“We will win.|They will lose,” he said.|Then he left.")]
    [InlineData("“They’re trying.” Harchaoui left.", "“They’re trying.”|Harchaoui left.")]
    [InlineData("He said “No!” and left.", "He said “No!” and left.")]
    [InlineData("a former diplomat. a Turk who heads it", "a former diplomat.|a Turk who heads it")]
    [InlineData("talks in the U.S. The envoy left.", "talks in the U.S.|The envoy left.")]
    [InlineData("Was it? Yes.", "Was it?|Yes.")]
    [InlineData("Nissan Motor Co Ltd <NSAN.T> is talking.", "Nissan Motor Co Ltd <NSAN.T> is talking.")]
    public void Split_Table(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', TextTestKit.SentenceTexts(TextTestKit.Run(text))));

    [Fact]
    public void Split_Paragraphs_NeverJoined()
    {
        var doc = TextTestKit.Run("First line without stop\n\nSecond paragraph");
        Assert.Equal(["First line without stop", "Second paragraph"], TextTestKit.SentenceTexts(doc));
        Assert.Equal([0, 1], doc.Sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Split_OverlongSentence_CutWithDiagnostic()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 1000));
        var doc = TextTestKit.Run(text);
        Assert.True(doc.Sentences.Length >= 3);
        Assert.Contains(doc.Diagnostics, d => d.Code == Core.Diagnostics.DiagnosticCode.SentenceTooLong);
    }
}
