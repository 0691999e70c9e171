using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Tests.Dictionaries;

public sealed class VerbDictionaryReaderTests
{
    private static readonly string[] Sample =
    [
        "&TIETYPES",
        "+MILITARY",
        "+ECONOMIC",
        "&AUXVERB_",
        "+HAVE",
        "--- RUSH [---] ---",
        "RUSH",
        "SPEED {SPEEDING SPEEDS SPED }",
        "KLM_NOP_+RST [002]",
        "- * (TO BORDER)  [154]  # RUSH",
        "- SUGGESTED_+ * DEMAND_&TIETYPES_CONVENTIONS [111]",
        "- * AID [042:043]",
        "--- ABANDON [345] ---",
        "ABANDON",
        "~ a (a b ATTACK) SAY = a b 015",
    ];

    private static VerbLexicon Lexicon() => VerbDictionaryReader.Read("v.txt", Sample);

    [Fact]
    public void Read_SynsetLabelEndingInUnderscore_AsksForNoPlurals()
    {
        Assert.True(Lexicon().Synsets["&AUXVERB"].NoPlurals);
        Assert.False(Lexicon().Synsets["&TIETYPES"].NoPlurals);
    }

    [Fact]
    public void Read_Synset_Members() =>
        Assert.Equal(["MILITARY", "ECONOMIC"], Lexicon().Synsets["&TIETYPES"].Members.Select(m => m.ToString()));

    [Fact]
    public void Read_Blocks_WithCodes()
    {
        var blocks = Lexicon().Blocks;
        Assert.Equal(["RUSH", "ABANDON"], blocks.Select(b => b.Name));
        Assert.Null(blocks[0].Code);
        Assert.Equal("345", blocks[1].Code);
    }

    [Fact]
    public void Read_IrregularForms_AndMultiwordVerb()
    {
        var verbs = Lexicon().Blocks[0].Verbs;
        Assert.Equal(["SPEEDING", "SPEEDS", "SPED"], verbs[1].Forms.ToArray());
        Assert.Equal(["KLM", "NOP", "RST"], verbs[2].Phrase.Words.ToArray());
        Assert.Equal(2, verbs[2].VerbWordIndex);
        Assert.Equal("002", verbs[2].Code);
    }

    [Fact]
    public void Read_PatternElements()
    {
        var pattern = Lexicon().Blocks[0].Patterns[1];
        Assert.Equal("111", pattern.Code);
        Assert.Equal(
            "Word:SUGGESTED Target:_ Verb: Word:DEMAND Synset:_&TIETYPES Word:_CONVENTIONS",
            string.Join(' ', pattern.Elements.Select(e => $"{e.Kind}:{(e.Joined ? "_" : string.Empty)}{e.Text}")));
    }

    [Fact]
    public void Read_PairedCode_Kept() => Assert.Equal("042:043", Lexicon().Blocks[0].Patterns[2].Code);

    [Theory]
    [InlineData("[:173]")]
    [InlineData("[025?]")]
    [InlineData("[+++]")]
    public void Read_UnusualCodesFromRealFiles_Accepted(string code) =>
        Assert.Equal(code.Trim('[', ']'), VerbDictionaryReader.Read("v.txt", ["--- X [---] ---", "X", $"- * Y {code}"]).Blocks[0].Patterns[0].Code);

    [Fact]
    public void Read_Transformation() => Assert.Equal("a b 015", Lexicon().Transformations.Single().Result);

    [Theory]
    [InlineData("- * AID [042]", "before any")]
    [InlineData("--- AID ---", "block header")]
    [InlineData("--- AID [1-2] ---", "not an event code")]
    [InlineData("--- AID [:] ---", "not an event code")]
    [InlineData("--- AID [070] ---\n- * AID", "needs an event code")]
    [InlineData("--- AID [070] ---\n~ a b", "needs '='")]
    public void Read_MalformedLine_NamesFileAndLine(string text, string problem)
    {
        var lines = text.Split('\n');
        var ex = Assert.Throws<TabariFormatException>(() => VerbDictionaryReader.Read("bad.verbs.txt", lines));
        Assert.StartsWith($"bad.verbs.txt:{lines.Length}:", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }
}
