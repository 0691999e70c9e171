using System.Text.Json;
using Sitrep.Extraction.Evaluation;
using Sitrep.Tests;

namespace Sitrep.Extraction.Tests.Evaluation;

/// <summary>Checks our own annotations of real news, <c>data/annotations/case-own-sample.jsonl</c> (issue 8 point 6).</summary>
[Trait("Issue", "8")]
public sealed class CaseOwnSampleTests
{
    private static readonly string SamplePath = TestPaths.Repo("data", "annotations", "case-own-sample.jsonl");

    private static readonly string[] AllowedCorpora = ["bbc-news.jsonl", "wikinews.jsonl", "reuters-21578.jsonl"];

    [Fact]
    public void Read_EveryLine_ResolvesToASentenceOfItsRecord()
    {
        var snippets = CaseGoldReader.Read(SamplePath, new CaseCorpus(TestPaths.SharedData("news-corpus")));
        Assert.NotEmpty(snippets);
        Assert.All(snippets, s =>
        {
            // A whole sentence: no surrounding space, a capital, digit or quote first, sentence punctuation last.
            Assert.Equal(s.Text.Trim(), s.Text);
            Assert.True(char.IsUpper(s.Text[0]) || char.IsDigit(s.Text[0]) || s.Text[0] is '"' or '“', $"{s.Id} starts mid-sentence");
            Assert.True(s.Text.TrimEnd('"', '”', '’', '\'', ')')[^1] is '.' or '!' or '?', $"{s.Id} ends mid-sentence");
        });
    }

    [Fact]
    public void Lines_ReferenceOnlyTheOpenCorporaAndCopyNoText()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(SamplePath).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var id = root.GetProperty("id").GetString()!;
            Assert.True(ids.Add(id), $"{id} twice");
            Assert.Contains(root.GetProperty("corpus").GetString(), AllowedCorpora);
            Assert.False(root.TryGetProperty("text", out _), $"{id} copies its text");
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("note").GetString()), $"{id} has no note");
        }
    }

    [Fact]
    public void Read_Sample_HasEventsAndNoEventDecoys()
    {
        var snippets = CaseGoldReader.Read(SamplePath, new CaseCorpus(TestPaths.SharedData("news-corpus")));
        var none = snippets.Count(s => s.Label == Sitrep.Core.Model.CaseLabel.None);
        Assert.InRange(none, 15, snippets.Length / 4);
        Assert.True(snippets.Select(s => s.Label).Distinct().Count() >= 15);
    }
}
