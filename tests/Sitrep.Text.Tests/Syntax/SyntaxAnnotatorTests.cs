using CsCheck;
using Sitrep.Core.Model;
using Sitrep.Text.Syntax;

namespace Sitrep.Text.Tests.Syntax;

public class SyntaxAnnotatorTests
{
    private static readonly SyntaxAnnotator Annotator = new(TinyTreebank.Train());

    [Fact]
    public void Process_HandBuiltDocument_OneRootPerSentenceAndHeadsInside()
    {
        var doc = Build("Turkey sent troops to Libya . They're leaving and rebels don't fight .", [6, 7]);

        var result = Annotator.Process(doc, CancellationToken.None);

        Assert.True(result.Has(LayerKind.Syntax));
        AssertWellFormed(result);
    }

    [Fact]
    public void Process_Clitics_TokenKeepsHostTag()
    {
        var doc = Build("They'd leave .", [3]);

        var result = Annotator.Process(doc, CancellationToken.None);

        Assert.Equal("PRON", result.Syntax[0].UPos);
        Assert.Equal(3, result.Syntax.Length);
    }

    [Fact]
    public void Process_ArbitraryTokenSequences_WellFormedTrees()
    {
        var word = Gen.OneOfConst("Turkey", "sent", "troops", "to", "Libya", ".", "they're", "don't", "army", "'s", "x", "Q7", "—");
        var sentence = word.Array[1, 40];
        sentence.Array[1, 5].Sample(sentences =>
        {
            var text = string.Join(' ', sentences.SelectMany(s => s));
            var doc = Build(text, [.. sentences.Select(s => s.Length)]);
            AssertWellFormed(Annotator.Process(doc, CancellationToken.None));
        }, iter: 200);
    }

    /// <summary>A document whose tokens are the space-separated pieces of <paramref name="text"/>, grouped into sentences of the given sizes.</summary>
    private static Document Build(string text, int[] sentenceSizes)
    {
        var tokens = new List<Token>();
        var start = 0;
        foreach (var piece in text.Split(' '))
        {
            var kind = char.IsLetterOrDigit(piece[0]) ? TokenKind.Word : TokenKind.Punctuation;
            tokens.Add(new Token(new TextSpan(start, start + piece.Length), kind));
            start += piece.Length + 1;
        }

        var sentences = new List<Sentence>();
        var first = 0;
        foreach (var size in sentenceSizes)
        {
            sentences.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[first + size - 1].Span.End), first, size, 0));
            first += size;
        }

        return new Document("t", text) { Tokens = [.. tokens], Sentences = [.. sentences], Layers = [LayerKind.Tokens, LayerKind.Sentences] };
    }

    private static void AssertWellFormed(Document doc)
    {
        Assert.Equal(doc.Tokens.Length, doc.Syntax.Length);
        foreach (var s in doc.Sentences)
        {
            var roots = 0;
            for (var t = s.FirstToken; t < s.EndToken; t++)
            {
                var x = doc.Syntax[t];
                if (x.Head < 0)
                {
                    roots++;
                    Assert.Equal("root", x.Relation);
                    continue;
                }

                Assert.InRange(x.Head, s.FirstToken, s.EndToken - 1);
                Assert.NotEqual(t, x.Head);

                // following heads reaches the root without a cycle
                var steps = 0;
                for (var h = t; h >= 0; h = doc.Syntax[h].Head)
                {
                    Assert.True(++steps <= s.TokenCount, "cycle in the heads");
                }
            }

            Assert.Equal(1, roots);
        }
    }
}
