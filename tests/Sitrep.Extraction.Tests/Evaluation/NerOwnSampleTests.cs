using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Extraction.Evaluation;
using Sitrep.Tests;

namespace Sitrep.Extraction.Tests.Evaluation;

/// <summary>Checks our own entity sample of BBC articles, <c>data/annotations/ner-own-sample.jsonl</c> (issue 9 point 8).</summary>
[Trait("Issue", "9")]
public sealed class NerOwnSampleTests
{
    private static readonly string SamplePath = TestPaths.Repo("data", "annotations", "ner-own-sample.jsonl");

    [Fact]
    public void Read_EveryLine_ResolvesToNamedSpansOfItsRecord()
    {
        var docs = NerGoldReader.Read(SamplePath, new CaseCorpus(TestPaths.SharedData("news-corpus")));
        Assert.True(docs.Length >= 15, $"{docs.Length} articles, at least 15 wanted");
        var lines = File.ReadLines(SamplePath).Count(l => l.Length > 0);
        Assert.All(docs, d =>
        {
            Assert.NotEmpty(d.Spans);

            // Every gold span is kept (named, a mapped type) and is a whole word run: no letter on either side.
            Assert.All(d.Spans, s =>
            {
                Assert.Equal(s.Text.Trim(), s.Text);
                Assert.False(s.Span.Start > 0 && char.IsLetter(d.Text[s.Span.Start - 1]), $"{d.Id}: '{s.Text}' starts inside a word");
                Assert.False(s.Span.End < d.Text.Length && char.IsLetter(d.Text[s.Span.End]), $"{d.Id}: '{s.Text}' ends inside a word");
            });
        });
        Assert.Equal(lines, docs.Length);
        foreach (var type in new[] { EntityType.Person, EntityType.Org, EntityType.Place })
        {
            Assert.True(docs.Sum(d => d.Spans.Count(s => s.Type == type)) >= 40, $"too few {type} spans");
        }
    }

    [Fact]
    public void Lines_PointIntoBbcBusinessTechEntertainmentPoliticsAndCopyNoText()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(SamplePath).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            Assert.True(ids.Add(root.GetProperty("id").GetString()!));
            Assert.Equal("bbc-news.jsonl", root.GetProperty("corpus").GetString());
            Assert.Matches("^bbc-(business|tech|entertainment|politics)-", root.GetProperty("record").GetString());
            Assert.False(root.TryGetProperty("text", out _));
            Assert.All(root.GetProperty("entities").EnumerateArray(), e => Assert.False(e.TryGetProperty("text", out _)));
        }
    }

    [Fact]
    public void Parse_LineWithoutTextAndNoCorpus_FailsNamingTheFix()
    {
        var ex = Assert.Throws<FormatException>(() => NerGoldReader.Parse("""{"id":"x","corpus":"bbc-news.jsonl","record":"bbc-tech-003","entities":[]}"""));
        Assert.Contains("--corpus", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LineIntoACorpus_TakesTheRecordsWholeText()
    {
        var corpus = new CaseCorpus(TestPaths.SharedData("news-corpus"));
        var doc = NerGoldReader.Parse("""{"id":"x","corpus":"bbc-news.jsonl","record":"bbc-tech-003","entities":[{"start":0,"end":9,"type":"Organisation"}]}""", corpus);
        Assert.Equal(corpus.Text("bbc-news.jsonl", "bbc-tech-003"), doc.Text);
        Assert.Equal("Microsoft", Assert.Single(doc.Spans).Text);
    }
}
