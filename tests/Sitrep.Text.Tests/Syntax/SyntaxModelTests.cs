using Sitrep.Core.Model;
using Sitrep.Text.Syntax;

namespace Sitrep.Text.Tests.Syntax;

public class SyntaxModelTests
{
    private static readonly SyntaxModel Model = TinyTreebank.Train();

    [Fact]
    public void Train_TinyTreebank_LearnsItsOwnSentences()
    {
        var scores = SyntaxEvaluator.Evaluate(Model, TinyTreebank.Sentences);

        Assert.Equal(scores.Words, scores.UPosCorrect);
        Assert.Equal(scores.Words, scores.XPosCorrect);
        Assert.Equal(scores.Words, scores.LabelledCorrect);
    }

    [Fact]
    public void Load_SavedModel_GivesIdenticalPredictions()
    {
        using var stream = new MemoryStream();
        Model.Save(stream);
        stream.Position = 0;

        var loaded = SyntaxModel.Load(stream, "memory");

        foreach (var sentence in TinyTreebank.Sentences.Append(Sentence("Russia attacked the army 's city .")))
        {
            Assert.Equal(Analyze(Model, sentence), Analyze(loaded, sentence));
        }
    }

    [Fact]
    public void Load_BadHeader_FailsNamingTheSource()
    {
        using var stream = new MemoryStream("not a model at all"u8.ToArray());

        var ex = Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(stream, "bad.bin"));

        Assert.Contains("bad.bin", ex.Message, StringComparison.Ordinal);
        Assert.Contains("SITRSYNX", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.99)]
    public void Load_TruncatedContent_FailsNamingTheSource(double keep)
    {
        using var full = new MemoryStream();
        Model.Save(full);
        var bytes = full.ToArray();
        using var cut = new MemoryStream(bytes[..(int)(bytes.Length * keep)]);

        var ex = Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(cut, "cut.bin"));

        Assert.StartsWith("cut.bin:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_LongerThanMaxWords_GivesOneRoot()
    {
        var words = Enumerable.Repeat("army attacked city .", (SyntaxModel.MaxWords / 4) + 10).SelectMany(s => s.Split(' ')).ToArray();

        var result = Analyze(Model, Sentence(string.Join(' ', words)));

        Assert.Single(result, r => r.Head < 0);
        Assert.All(result.Select((r, i) => (r, i)), x => Assert.NotEqual(x.i, x.r.Head));
    }

    private static ConlluSentence Sentence(string text) =>
        new(null, text, [.. text.Split(' ').Select((w, i) => new ConlluToken(i + 1, w, w, "X", "X", 0, "dep"))]);

    private static TokenSyntax[] Analyze(SyntaxModel model, ConlluSentence sentence)
    {
        var text = ConlluWords.Text(sentence, out var spans);
        var output = new TokenSyntax[spans.Length];
        model.Analyze(text, spans, output, new SyntaxScratch());
        return output;
    }
}
