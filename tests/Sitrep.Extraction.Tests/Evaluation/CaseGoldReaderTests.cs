using Sitrep.Core.Model;
using Sitrep.Extraction.Evaluation;

namespace Sitrep.Extraction.Tests.Evaluation;

[Trait("Issue", "8")]
public sealed class CaseGoldReaderTests
{
    [Fact]
    public void Parse_GoldLine_ReadsIdTextAndLabel()
    {
        var snippet = CaseGoldReader.Parse("""{"id":"c1","date":null,"text":"Police arrested two men.","label":"ARREST","label_set":"ACLED"}""");
        Assert.Equal(new CaseGoldSnippet("c1", "Police arrested two men.", CaseLabel.ARREST), snippet);
    }

    [Theory]
    [InlineData("""{"id":"c1","text":"x","label":"RIOT"}""")]
    [InlineData("""{"id":"c1","text":"x","label":"arrest"}""")]
    [InlineData("""{"id":"c1","text":"x","label":"None"}""")]
    [InlineData("""{"id":"c1","text":"x","label":"DIPLO","label_set":"ACLED"}""")]
    [InlineData("""{"id":"c1","text":"x","label":"ARREST","label_set":"UNSEEN"}""")]
    public void Parse_BadLabel_Throws(string line)
    {
        Assert.Throws<FormatException>(() => CaseGoldReader.Parse(line));
    }

    [Fact]
    public void Read_MalformedLine_NamesFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), "sitrep-case-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllLines(path, ["""{"id":"c1","text":"x","label":"ARREST"}""", "", """{"id":"c2","text":"x"}"""]);
        try
        {
            var ex = Assert.Throws<FormatException>(() => CaseGoldReader.Read(path));
            Assert.StartsWith($"{path}:3: not a gold CASE 2021 snippet", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parse_NoneLabel_ReadsNoEvent()
    {
        var snippet = CaseGoldReader.Parse("""{"id":"c1","text":"The council met on Tuesday.","label":"NONE"}""");
        Assert.Equal(CaseLabel.None, snippet.Label);
    }

    [Fact]
    public void Parse_CorpusLine_ResolvesTheSpanOfTheRecord()
    {
        using var corpus = new TempCorpus();
        var snippet = CaseGoldReader.Parse("""{"id":"o1","corpus":"news.jsonl","record":"r2","start":14,"end":38,"label":"ARREST","note":"police detain"}""", corpus.Resolver);
        Assert.Equal(new CaseGoldSnippet("o1", "Police arrested two men.", CaseLabel.ARREST), snippet);
    }

    [Fact]
    public void Parse_CorpusLineAfterSurrogatePair_CountsUtf16CodeUnits()
    {
        // Record r3 starts with an emoji (two UTF-16 code units), so "Troops" starts at 3, not 2.
        using var corpus = new TempCorpus();
        var snippet = CaseGoldReader.Parse("""{"id":"o2","corpus":"news.jsonl","record":"r3","start":3,"end":17,"label":"ARMED_CLASH"}""", corpus.Resolver);
        Assert.Equal("Troops clashed", snippet.Text);
    }

    [Fact]
    public void Parse_CorpusLineMissingRecord_ThrowsNamingTheRecord()
    {
        using var corpus = new TempCorpus();
        var ex = Assert.Throws<FormatException>(() => CaseGoldReader.Parse("""{"id":"o1","corpus":"news.jsonl","record":"r9","start":0,"end":4,"label":"ARREST"}""", corpus.Resolver));
        Assert.Contains("record 'r9' is not in", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CorpusLineMissingFile_ThrowsNamingTheFile()
    {
        using var corpus = new TempCorpus();
        var ex = Assert.Throws<FormatException>(() => CaseGoldReader.Parse("""{"id":"o1","corpus":"other.jsonl","record":"r1","start":0,"end":4,"label":"ARREST"}""", corpus.Resolver));
        Assert.Contains("other.jsonl does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 39)]
    [InlineData(-1, 4)]
    [InlineData(5, 5)]
    [InlineData(6, 2)]
    public void Parse_CorpusLineSpanOutsideRecord_ThrowsNamingTheSpan(int start, int end)
    {
        using var corpus = new TempCorpus();
        var line = $$"""{"id":"o1","corpus":"news.jsonl","record":"r2","start":{{start}},"end":{{end}},"label":"ARREST"}""";
        var ex = Assert.Throws<FormatException>(() => CaseGoldReader.Parse(line, corpus.Resolver));
        Assert.Contains($"span {start}-{end} is not a non-empty span inside record 'r2'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"o1","corpus":"../news.jsonl","record":"r2","start":0,"end":4,"label":"ARREST"}""")]
    [InlineData("""{"id":"o1","record":"r2","start":0,"end":4,"text":"x","label":"ARREST"}""")]
    [InlineData("""{"id":"o1","record":"r2","start":0,"end":4,"label":"ARREST"}""")]
    [InlineData("""{"id":"o1","corpus":"news.jsonl","record":"r2","start":"0","end":4,"label":"ARREST"}""")]
    public void Parse_MalformedCorpusLine_Throws(string line)
    {
        using var corpus = new TempCorpus();
        Assert.ThrowsAny<Exception>(() => CaseGoldReader.Parse(line, corpus.Resolver));
    }

    [Fact]
    public void Parse_TextLineNamingItsCorpus_ReadsTheText()
    {
        // CASE 2021's own lines carry "corpus" as a name of the data set, beside their text.
        var snippet = CaseGoldReader.Parse("""{"id":"c1","text":"Police arrested two men.","corpus":"CASE 2021 Shared Task 2","label":"ARREST"}""");
        Assert.Equal("Police arrested two men.", snippet.Text);
    }

    [Fact]
    public void Parse_CorpusLineWithoutResolver_Throws()
    {
        var ex = Assert.Throws<FormatException>(() => CaseGoldReader.Parse("""{"id":"o1","corpus":"news.jsonl","record":"r2","start":0,"end":4,"label":"ARREST"}"""));
        Assert.Contains("no corpus folder was given", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CorpusLineOutsideRecord_NamesFileAndLine()
    {
        using var corpus = new TempCorpus();
        var path = Path.Combine(corpus.Folder, "gold.jsonl");
        File.WriteAllLines(path, ["""{"id":"o1","corpus":"news.jsonl","record":"r2","start":14,"end":38,"label":"ARREST"}""", """{"id":"o2","corpus":"news.jsonl","record":"r2","start":14,"end":99,"label":"ARREST"}"""]);
        var ex = Assert.Throws<FormatException>(() => CaseGoldReader.Read(path, corpus.Resolver));
        Assert.StartsWith($"{path}:2: not a gold CASE 2021 snippet", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A corpus folder with one file, <c>news.jsonl</c>, of three records.</summary>
    private sealed class TempCorpus : IDisposable
    {
        public TempCorpus()
        {
            Folder = Path.Combine(Path.GetTempPath(), "sitrep-corpus-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Folder);
            File.WriteAllLines(Path.Combine(Folder, "news.jsonl"), [
                """{"id":"r1","title":"t","text":"Nothing happened."}""",
                """{"id":"r2","title":"t","text":"Lagos, 2 May. Police arrested two men."}""",
                """{"id":"r3","text":"\ud83d\udd25 Troops clashed with rebels."}""",
            ]);
            Resolver = new CaseCorpus(Folder);
        }

        public string Folder { get; }

        public CaseCorpus Resolver { get; }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
