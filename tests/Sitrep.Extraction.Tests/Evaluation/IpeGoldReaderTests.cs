using Sitrep.Core.Model;
using Sitrep.Extraction.Evaluation;

namespace Sitrep.Extraction.Tests.Evaluation;

[Trait("Issue", "8")]
public sealed class IpeGoldReaderTests
{
    private const string Good =
        """{"id":"ipe-1","date":"2002-03-06","title":"Riot","text":"Police fired. Two died.","labels":["FORCE"],"sentences":[{"sent_id":0,"start":0,"end":13,"text":"Police fired.","labels":["FORCE","ANY_ACTION","FORCE"]},{"sent_id":1,"start":14,"end":23,"text":"Two died.","labels":[]}]}""";

    [Fact]
    public void Parse_GoldLine_ReadsDateTitleAndSentences()
    {
        var article = IpeGoldReader.Parse(Good);
        Assert.Equal(("ipe-1", new DateOnly(2002, 3, 6), "Riot"), (article.Id, article.Date, article.Title));
        Assert.Equal([new TextSpan(0, 13), new TextSpan(14, 23)], article.Sentences.Select(s => s.Span));
        Assert.Equal([IpeLabel.Force, IpeLabel.AnyAction], article.Sentences[0].Labels.AsEnumerable());
    }

    [Theory]
    [InlineData("\"end\":13,\"text\":\"Police fired.\"", "\"end\":12,\"text\":\"Police fired.\"")]
    [InlineData("\"end\":23", "\"end\":24")]
    [InlineData("\"ANY_ACTION\",", "\"ANY\",")]
    [InlineData("2002-03-06", "06/03/2002")]
    public void Parse_BadSentenceOrDate_Throws(string find, string replace)
    {
        Assert.Throws<FormatException>(() => IpeGoldReader.Parse(Good.Replace(find, replace, StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_MalformedLine_NamesFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), "sitrep-ipe-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllLines(path, [Good, "{not json"]);
        try
        {
            var ex = Assert.Throws<FormatException>(() => IpeGoldReader.Read(path));
            Assert.StartsWith($"{path}:2: not a gold IndiaPoliceEvents article", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
