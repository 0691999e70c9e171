using CsCheck;
using Sitrep.Text.Syntax;

namespace Sitrep.Text.Tests.Syntax;

public sealed class PennTreeReaderTests
{
    private const string Tree = "(ROOT (S (NP (NNP Arnor) (POS 's) ) (VP (VBD left) (NP-TMP (NN yesterday) ) ) (. .) ) )";

    [Fact]
    public void Parse_Leaves_InOrderWithIndexes()
    {
        var leaves = PennTreeReader.Parse(Tree).Leaves().ToList();
        Assert.Equal(["Arnor", "'s", "left", "yesterday", "."], leaves.Select(l => l.Word));
        Assert.Equal([0, 1, 2, 3, 4], leaves.Select(l => l.WordIndex));
    }

    [Fact]
    public void Category_StripsFunctionTag()
    {
        var vp = PennTreeReader.Parse(Tree).Children[0].Children[1];
        Assert.Equal("NP", vp.Children[1].Category);
        Assert.Equal("left yesterday", vp.Text);
    }

    [Fact]
    public void Parse_UnlabelledOuterBracket_IsRoot() => Assert.Equal("ROOT", PennTreeReader.Parse("( (S (NN x)))").Label);

    [Theory]
    [InlineData("(ROOT (S (NN x))", "ends before its brackets balance")]
    [InlineData("(ROOT (S (NN x)))) ", "after its closing bracket")]
    [InlineData("ROOT", "Expected '('")]
    [InlineData("(ROOT ( ))", "without a label")]
    public void Parse_Malformed_SaysWhere(string text, string problem)
    {
        var ex = Assert.Throws<FormatException>(() => PennTreeReader.Parse(text));
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooDeep_Refused()
    {
        var deep = string.Concat(Enumerable.Repeat("(X ", 1000)) + "(NN a)" + new string(')', 1000);
        Assert.Contains("deeper", Assert.Throws<FormatException>(() => PennTreeReader.Parse(deep)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_ArbitraryText_NeverThrows() =>
        Gen.String[Gen.Char["() ABCab"], 0, 60].Sample(text => { _ = PennTreeReader.TryParse(text, out _, out _); }, iter: 5000);
}
