using Sitrep.Core.Model;
using Sitrep.Text.Tokens;

namespace Sitrep.Text.Tests;

public sealed class TokenizerTests
{
    private static string[] Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        return [.. tokens.Select(t => t.Span.Of(text))];
    }

    [Theory]
    [InlineData("the U.N.-led process", "the|U.N.|-|led|process")]
    [InlineData("Gen. Haftar left.", "Gen.|Haftar|left|.")]
    [InlineData("Fayez al-Serraj’s government", "Fayez|al-Serraj|’s|government")]
    [InlineData("They’re trying.", "They’re|trying|.")]
    [InlineData("costs 3.5 billion or 1,000,000 dollars", "costs|3.5|billion|or|1,000,000|dollars")]
    [InlineData("“Yes,” he said.", "“|Yes|,|”|he|said|.")]
    [InlineData("in the U.S. The talks", "in|the|U.S.|The|talks")]
    [InlineData("Jan. 8, 2020", "Jan.|8|,|2020")]
    [InlineData("wait... what", "wait|...|what")]
    [InlineData("J. R. Smith", "J.|R.|Smith")]
    public void Tokenize_Table(string text, string expected) => Assert.Equal(expected, string.Join('|', Tokenize(text)));

    [Fact]
    public void Tokenize_Numbers_AreNumberKind()
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize("1,000 men", new TextSpan(0, 9), tokens);
        Assert.Equal(TokenKind.Number, tokens[0].Kind);
        Assert.Equal(TokenKind.Word, tokens[1].Kind);
    }

    [Fact]
    public void Tokenize_CurlyQuotes_AreQuoteKind()
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize("“a”", new TextSpan(0, 3), tokens);
        Assert.Equal([TokenKind.Quote, TokenKind.Word, TokenKind.Quote], tokens.Select(t => t.Kind));
    }
}
