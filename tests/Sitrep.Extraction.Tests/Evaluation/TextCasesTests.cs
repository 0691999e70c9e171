using Sitrep.Core.Model;
using Sitrep.Extraction.Evaluation;

namespace Sitrep.Extraction.Tests.Evaluation;

[Trait("Issue", "8")]
public class TextCasesTests
{
    [Theory]
    [InlineData("asis", TextCase.AsIs)]
    [InlineData("LOWER", TextCase.Lower)]
    [InlineData("upper", TextCase.Upper)]
    public void TryParse_KnownName_ParsesIgnoringCase(string name, TextCase expected)
    {
        Assert.True(TextCases.TryParse(name, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Fact]
    public void TryParse_UnknownName_False()
    {
        Assert.False(TextCases.TryParse("title", out _));
    }

    [Fact]
    public void Apply_EveryGoldText_KeepsItsLength()
    {
        foreach (var doc in NerGoldReader.Read(Sitrep.Tests.TestPaths.SharedData("ner-gold-dev.jsonl")))
        {
            Assert.Equal(doc.Text.Length, TextCases.Apply(doc.Text, TextCase.Lower).Length);
            Assert.Equal(doc.Text.Length, TextCases.Apply(doc.Text, TextCase.Upper).Length);
        }
    }

    [Fact]
    public void Predicted_LowerCasedDocument_JudgesNamedByTheWrittenText()
    {
        var written = "He met Ash Carter.";
        var doc = new Document("d", written.ToLowerInvariant())
        {
            Entities = [new Entity(0, EntityType.Person, "Ash Carter", null, null, null)],
            Mentions = [new Mention(new TextSpan(7, 17), 0, MentionKind.Name)],
        };
        Assert.Empty(NerEvaluator.Predicted(doc));
        Assert.Single(NerEvaluator.Predicted(doc, written));
    }
}
