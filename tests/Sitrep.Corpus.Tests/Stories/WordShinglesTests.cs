using CsCheck;
using Sitrep.Corpus.Stories;

namespace Sitrep.Corpus.Tests.Stories;

[Trait("Issue", "10")]
public sealed class WordShinglesTests
{
    private const string Lead = "Turkey has started sending military advisers to Libya to support the internationally recognised government in Tripoli, President Tayyip Erdogan said on Wednesday.";

    [Fact]
    public void Of_CasingPunctuationAndSpacing_SameShingles()
    {
        var other = "TURKEY has started   sending military advisers to Libya -- to support the internationally recognised government in Tripoli; President Tayyip Erdogan said on Wednesday";
        Assert.Equal(WordShingles.Of(Lead).AsEnumerable(), WordShingles.Of(other).AsEnumerable());
    }

    [Fact]
    public void Of_OneWordChanged_ChangesAtMostSizeShingles()
    {
        var original = WordShingles.Of(Lead);
        var edited = WordShingles.Of(Lead.Replace("Wednesday", "Thursday", StringComparison.Ordinal));
        Assert.Equal(original.Length, edited.Length);
        Assert.Equal(original.Length - 1, original.Intersect(edited).Count());
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData(" -- ; ", 0)]
    [InlineData("Talks resumed", 1)]
    [InlineData("one two three four five", 1)]
    [InlineData("one two three four five six", 2)]
    public void Of_WordCount_GivesShingleCount(string text, int expected) =>
        Assert.Equal(expected, WordShingles.Of(text).Length);

    [Fact]
    public void Of_RepeatedWords_AreDistinctAndSorted()
    {
        var shingles = WordShingles.Of("the war the war the war the war the war the war", 2);
        Assert.Equal(2, shingles.Length);
        Assert.True(shingles[0] < shingles[1]);
    }

    [Fact]
    public void Of_SizeBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WordShingles.Of(Lead, 0));

    [Fact]
    public void Of_AnyText_SortedDistinctAndAtMostOnePerWord() =>
        Gen.String.Sample(text =>
        {
            var shingles = WordShingles.Of(text);
            var words = text.Where((c, i) => char.IsLetterOrDigit(c) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))).Count();
            return shingles.Length <= words
                && shingles.SequenceEqual(shingles.Distinct().Order());
        });
}
