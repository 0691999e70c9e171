using Sitrep.Text.Syntax;

namespace Sitrep.Text.Tests.Syntax;

public sealed class ConlluReaderTests
{
    private static readonly string[] Sample =
    [
        "# sent_id = s1",
        "# text = Arnor's king left.",
        "1-2\tArnor's\t_\t_\t_\t_\t_\t_\t_\t_",
        "1\tArnor\tArnor\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_",
        "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_",
        "3\tking\tking\tNOUN\tNN\t_\t4\tnsubj\t_\t_",
        "4\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_",
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
        string.Empty,
        "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_",
    ];

    [Fact]
    public void Read_Sentences_SkipRanges()
    {
        var sentences = ConlluReader.Read("t.conllu", Sample).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal("s1", sentences[0].Id);
        Assert.Equal("Arnor's king left.", sentences[0].Text);
        Assert.Equal(5, sentences[0].Tokens.Length);
        Assert.Equal("nsubj", sentences[0].Tokens[2].Relation);
        Assert.Equal(4, sentences[0].Tokens[2].Head);
    }

    [Fact]
    public void Read_BadColumnCount_NamesLine() =>
        Assert.StartsWith("t.conllu:2:", Assert.Throws<FormatException>(() => ConlluReader.Read("t.conllu", ["# c", "1\tx"]).ToList()).Message, StringComparison.Ordinal);

    [Fact]
    public void Read_UdEnglishEwtDev_AllSentences()
    {
        var sentences = ConlluReader.Read("en_ewt-ud-dev.conllu", File.ReadLines(TextTestKit.SharedData("ud-english-ewt", "en_ewt-ud-dev.conllu"))).ToList();
        Assert.InRange(sentences.Count, 2000, 2100);
        Assert.All(sentences, s => Assert.Single(s.Tokens, t => t.Head == 0));
    }
}
