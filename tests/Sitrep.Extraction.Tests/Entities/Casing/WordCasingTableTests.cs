using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Entities.Casing;
using Sitrep.Text;

namespace Sitrep.Extraction.Tests.Entities.Casing;

[Trait("Issue", "8")]
public sealed class WordCasingTableTests : IDisposable
{
    private static readonly Pipeline Text = new PipelineBuilder().UseText().Build();
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-casing-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private DataFile Write(string content)
    {
        var path = Path.Combine(_dir, "word-casing.txt");
        File.WriteAllText(path, content);
        return DataCatalog.Parse(path);
    }

    [Fact]
    public void Read_WellFormedLines_LooksWordsUpIgnoringCase()
    {
        var table = WordCasingTable.Read(Write("# word-casing v1: test\nIraq\t0\t340\t7\nmobile\t425\t20\t9\n"));
        Assert.True(table.TryGet("IRAQ", out var iraq));
        Assert.Equal("Iraq", iraq.Form);
        Assert.Equal(347, iraq.Total);
        Assert.True(table.TryGet("Mobile", out var mobile));
        Assert.True(mobile.CasedShare < 0.1);
        Assert.False(table.TryGet("ahmedabad", out _));
    }

    [Theory]
    [InlineData("Iraq\t0\t340\n")]
    [InlineData("Iraq\t0\tmany\t7\n")]
    [InlineData("Iraq\t0\t0\t0\n")]
    [InlineData("Iraq\t0\t1\t1\nIRAQ\t1\t1\t1\n")]
    public void Read_MalformedLine_ThrowsNamingTheLine(string lines)
    {
        var ex = Assert.Throws<DataFileException>(() => WordCasingTable.Read(Write("# word-casing v1: test\n" + lines)));
        Assert.Contains("word-casing.txt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShippedTable_HasNewsVocabulary()
    {
        var table = WordCasingTable.Read(EntityTestKit.Catalog.File(WordCasingTableBuilder.RelativePath));
        Assert.True(table.Count > 20_000);
        Assert.True(table.TryGet("india", out var india) && india.AloneCount > 100 && india.LowerCount == 0);
        Assert.True(table.TryGet("police", out var police) && police.CasedShare < 0.2);
    }

    private static string Build(params string[] texts)
    {
        var builder = new WordCasingTableBuilder();
        foreach (var t in texts)
        {
            builder.Add(Text.Process(new Document("t", t)));
        }

        return builder.ToText(1, ["test"]);
    }

    [Fact]
    public void ToText_Articles_CountsWordsInsideSentencesAloneOrInNames()
    {
        var text = Build("The army entered Mosul on Monday. Police in Mosul said the army had left. The Iraqi Army said so. Officials in Baghdad said the army would stay.");
        var lines = text.Split('\n');
        Assert.StartsWith("# word-casing v1:", lines[0], StringComparison.Ordinal);
        Assert.Contains("Army\t3\t0\t1", lines);   // "army" three times, "Iraqi Army" once (next to "Iraqi")
        Assert.Contains("Mosul\t0\t2\t0", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Police\t", StringComparison.Ordinal) || l.StartsWith("Officials\t", StringComparison.Ordinal)); // first words
        Assert.DoesNotContain(lines, l => l.StartsWith("Baghdad\t", StringComparison.Ordinal)); // seen once
    }

    [Fact]
    public void ToText_AllCapsSentencesAndTickers_AreNotCounted()
    {
        var text = Build("MOBIL SAYS IT WILL SELL THE UNIT TO EXXON. Mobil Corp <MOB> and Exxon Corp <XON> said the unit was sold. The unit was sold by Mobil.");
        Assert.DoesNotContain("\nMOB\t", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\nSAYS\t", text, StringComparison.Ordinal);
        Assert.Contains("\nunit\t2\t0\t0", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_SameArticlesInAnyOrder_SameTable()
    {
        string[] texts = ["The army entered Mosul on Monday.", "Police in Mosul said the Army had left.", "The army said Mosul was calm."];
        Assert.Equal(Build(texts), Build([.. texts.Reverse()]));
    }
}
