using CsCheck;
using Sitrep.Extraction.Entities;

namespace Sitrep.Extraction.Tests.Entities;

/// <summary>Issue 9 point 1: the indexed lower-case lookup answers exactly as the scan of the whole text it replaces.</summary>
public sealed class LowerCaseWordsTests
{
    private static readonly string[] Pieces = ["the", "The", "state", "State", "of", "Of", "new", "New", "York", "york", " ", " ", "\n", ",", "-", "'s", "é", "É", "a", "A"];

    private static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Array[0, 40].Select(ix => string.Concat(ix.Select(i => Pieces[i])));

    [Fact]
    public void Contains_RandomTextsAndWords_SameAsScan() =>
        Gen.Select(Text, Text.Array[1, 6]).Sample((text, words) =>
        {
            var index = new LowerCaseWords(text);
            foreach (var word in words.Append("The state").Append("New York").Append("État"))
            {
                Assert.Equal(EntityRecognizer.AppearsLowerCase(text, word), index.Contains(word));
            }
        }, iter: 2000);

    [Theory]
    [InlineData("The talks ended. the talks", "The", true)]
    [InlineData("The talks ended. Then", "The", false)]
    [InlineData("New York and new york", "New york", true)]
    [InlineData("New York and new yorker", "New york", false)]
    public void Contains_Examples(string text, string word, bool expected) =>
        Assert.Equal(expected, new LowerCaseWords(text).Contains(word));
}
