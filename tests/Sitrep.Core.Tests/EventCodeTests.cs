using Sitrep.Core.Model;

namespace Sitrep.Core.Tests;

public sealed class EventCodeTests
{
    [Theory]
    [InlineData("19", "19", 1)]
    [InlineData("190", "19", 2)]
    [InlineData("0232", "02", 3)]
    [InlineData("1041", "10", 3)]
    [InlineData("01", "01", 1)]
    [InlineData("2042", "20", 3)]
    [InlineData(" 042 ", "04", 2)]
    public void Parse_ValidCode_RootAndLevel(string text, string root, int level)
    {
        var code = EventCode.Parse(text);
        Assert.Equal(text.Trim(), code.ToString());
        Assert.Equal(root, code.Root.ToString());
        Assert.Equal(level, code.Level);
        Assert.Equal(int.Parse(root), code.RootNumber);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("00")]
    [InlineData("000")]
    [InlineData("21")]
    [InlineData("210")]
    [InlineData("99")]
    [InlineData("12345")]
    [InlineData("075A")]
    [InlineData("080!")]
    [InlineData("---")]
    [InlineData("19 0")]
    [InlineData("-19")]
    [InlineData("١٩٠")]
    public void TryParse_Malformed_False(string text)
    {
        Assert.False(EventCode.TryParse(text, out var code));
        Assert.Equal(default, code);
    }

    [Fact]
    public void Parse_Malformed_ThrowsFormatExceptionNamingText()
    {
        var ex = Assert.Throws<FormatException>(() => EventCode.Parse("21x"));
        Assert.Contains("'21x'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Null_False() => Assert.False(EventCode.TryParse((string?)null, out _));

    [Theory]
    [InlineData("01", QuadClass.VerbalCooperation)]
    [InlineData("0214", QuadClass.VerbalCooperation)]
    [InlineData("057", QuadClass.VerbalCooperation)]
    [InlineData("06", QuadClass.MaterialCooperation)]
    [InlineData("0874", QuadClass.MaterialCooperation)]
    [InlineData("09", QuadClass.VerbalConflict)]
    [InlineData("1385", QuadClass.VerbalConflict)]
    [InlineData("14", QuadClass.MaterialConflict)]
    [InlineData("190", QuadClass.MaterialConflict)]
    [InlineData("2042", QuadClass.MaterialConflict)]
    public void QuadClass_ByRoot_GdeltConvention(string text, QuadClass expected) =>
        Assert.Equal(expected, EventCode.Parse(text).QuadClass);

    [Fact]
    public void QuadClass_EveryRoot_MatchesGdeltRanges()
    {
        for (var root = 1; root <= EventCode.MaxRoot; root++)
        {
            var expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            Assert.Equal(expected, (int)EventCode.Parse(root.ToString("00")).QuadClass);
        }
    }

    [Fact]
    public void Default_HasNoRootOrQuadClass()
    {
        EventCode code = default;
        Assert.Equal(string.Empty, code.ToString());
        Assert.Equal(0, code.RootNumber);
        Assert.Equal(QuadClass.None, code.QuadClass);
        Assert.Null(code.Parent);
    }

    [Theory]
    [InlineData("1951", "195")]
    [InlineData("195", "19")]
    public void Parent_BelowRoot_DropsLastDigit(string text, string parent) =>
        Assert.Equal(EventCode.Parse(parent), EventCode.Parse(text).Parent);

    [Fact]
    public void Parent_Root_Null() => Assert.Null(EventCode.Parse("19").Parent);

    [Fact]
    public void Equality_SameDigits_Equal()
    {
        Assert.Equal(EventCode.Parse("042"), EventCode.Parse("042"));
        Assert.NotEqual(EventCode.Parse("042"), EventCode.Parse("0420"));
    }

    [Theory]
    [InlineData("1951", "19", true)]
    [InlineData("1951", "195", true)]
    [InlineData("195", "195", true)]
    [InlineData("19", "195", false)]
    [InlineData("0232", "02", true)]
    [InlineData("202", "02", false)]
    public void IsWithin_Prefix_ByDigits(string code, string ancestor, bool expected) =>
        Assert.Equal(expected, EventCode.Parse(code).IsWithin(EventCode.Parse(ancestor)));
}
