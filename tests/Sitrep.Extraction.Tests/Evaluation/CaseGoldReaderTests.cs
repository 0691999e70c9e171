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
}
