using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Extraction.Evaluation;
using Sitrep.Tests;

namespace Sitrep.Extraction.Tests.Evaluation;

/// <summary>
/// Checks our own quote annotations, <c>data/annotations/quotes-own-{dev,test}.jsonl</c> (issue 9 point 7), and the
/// parts of the quote evaluation they use: text read from the corpus, forms, direct recall.
/// </summary>
[Trait("Issue", "9")]
public sealed class QuoteOwnSampleTests
{
    private static readonly string[] Halves = ["quotes-own-dev.jsonl", "quotes-own-test.jsonl"];

    private static readonly string[] Forms =
        ["said", "colon", "addressee", "writing", "statement", "fragment", "continuation", "paragraphs", "indirect", "according"];

    private static readonly string[] AllowedCorpora = ["bbc-news.jsonl", "reuters-21578.jsonl"];

    private static ImmutableArray<QuoteGoldRecord> Read(string half) =>
        QuoteGoldRecord.ReadAll(TestPaths.Repo("data", "annotations", half), new CaseCorpus(TestPaths.SharedData("news-corpus")));

    [Theory]
    [InlineData("quotes-own-dev.jsonl")]
    [InlineData("quotes-own-test.jsonl")]
    public void Read_EveryQuote_IsATrimmedSpanOfItsArticleWithAKnownForm(string half)
    {
        var records = Read(half);
        Assert.InRange(records.Length, 20, 30);
        Assert.All(records, r => Assert.All(r.Quotes, q =>
        {
            var words = q.Span.Of(r.Text);
            Assert.Equal(words.Trim(), words);
            Assert.Contains(q.Form, Forms);
            Assert.Equal(q.Form is "indirect" or "according" ? "indirect" : "direct", q.Kind);
            Assert.False(string.IsNullOrWhiteSpace(q.Speaker), $"{r.Id} {q.Span} has no speaker");

            // A direct quote lies inside its marks, which it does not include.
            if (q.Kind == "direct")
            {
                Assert.False(words[0] is '"' or '“', $"{r.Id}: '{words}' starts with its mark");
            }
        }));
    }

    [Fact]
    public void Halves_SplitByArticle_AndTogetherHoldAFewHundredQuotes()
    {
        var dev = Read(Halves[0]);
        var test = Read(Halves[1]);
        Assert.Empty(dev.Select(r => r.Id).Intersect(test.Select(r => r.Id)));
        Assert.True(dev.Length + test.Length >= 40);
        Assert.True(dev.Sum(r => r.Quotes.Length) + test.Sum(r => r.Quotes.Length) >= 300);
    }

    [Fact]
    public void Lines_ReferenceOnlyBbcAndReutersAndCopyNoText()
    {
        foreach (var half in Halves)
        {
            foreach (var line in File.ReadLines(TestPaths.Repo("data", "annotations", half)).Where(l => l.Length > 0))
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                Assert.Contains(root.GetProperty("corpus").GetString(), AllowedCorpora);
                Assert.False(root.TryGetProperty("text", out _), $"{root.GetProperty("id")} copies its text");
            }
        }
    }

    [Fact]
    public void Parse_LineWithoutTextOrCorpus_IsRefused()
    {
        Assert.Throws<JsonException>(() => QuoteGoldRecord.Parse("""{"id": "x", "quotes": []}"""));
        Assert.Throws<JsonException>(() => QuoteGoldRecord.Parse("""{"id": "x", "corpus": "bbc-news.jsonl", "record": "r", "quotes": []}"""));
    }

    [Fact]
    public void Evaluate_ReportsDirectRecallAndRecallByForm()
    {
        const string text = "He said: \"Yes.\" She called it \"bad\" and said no.";
        var record = QuoteGoldRecord.Parse(
            """{"id": "t", "text": "He said: \"Yes.\" She called it \"bad\" and said no.", "quotes": [""" +
            """{"start": 10, "end": 14, "kind": "direct", "form": "colon", "speaker": "He"},""" +
            """{"start": 31, "end": 34, "kind": "direct", "form": "fragment", "speaker": "She"},""" +
            """{"start": 45, "end": 47, "kind": "indirect", "form": "indirect", "speaker": "She"}]}""");
        Assert.Equal(text, record.Text);
        var speaker = new Speaker("He", null, false, null, null);
        var report = QuoteEvaluator.Evaluate([record], d => d with { Quotes = [new Quote(new TextSpan(10, 14), QuoteKind.Direct, speaker, null)] });
        Assert.Equal(0.5, report.DirectRecall);
        Assert.Equal(0.0, report.IndirectRecall);
        Assert.Equal(
            [new QuoteFormScore("colon", 1, 1), new QuoteFormScore("fragment", 1, 0), new QuoteFormScore("indirect", 1, 0)],
            report.ByForm!);
    }
}
