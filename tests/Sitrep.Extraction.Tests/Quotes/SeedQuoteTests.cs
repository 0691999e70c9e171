using Sitrep.Extraction.Evaluation;
using Xunit.Abstractions;

namespace Sitrep.Extraction.Tests.Quotes;

public sealed class SeedQuoteTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Issue", "2")]
    public void Evaluate_ReferenceArticle_AllGoldQuotesWithSpeakers()
    {
        var text = File.ReadAllText(QuoteTestKit.SharedData("seed", "reuters-2020-01-08-turkey-libya.txt"));
        var gold = SeedGold.Parse(File.ReadAllText(QuoteTestKit.SharedData("seed", "reuters-2020-01-08-turkey-libya.gold.json")));
        var doc = QuoteTestKit.Analyze(text);
        var report = SeedEvaluator.Evaluate(doc, gold);
        output.WriteLine(QuoteTestKit.Dump(doc));
        foreach (var c in report.Checks.Where(c => c.Area == "quote"))
        {
            output.WriteLine($"{(c.Pass ? "ok  " : "FAIL")} {c.Item} | {c.Expected} | {c.Actual}");
        }

        Assert.Equal((10, 10), report.Score("quote"));
    }

    [Fact]
    [Trait("Issue", "2")]
    public void Evaluate_ReferenceArticleWithEntityStage_AllGoldQuotesWithSpeakers()
    {
        var text = File.ReadAllText(QuoteTestKit.SharedData("seed", "reuters-2020-01-08-turkey-libya.txt"));
        var gold = SeedGold.Parse(File.ReadAllText(QuoteTestKit.SharedData("seed", "reuters-2020-01-08-turkey-libya.gold.json")));
        var report = SeedEvaluator.Evaluate(QuoteTestKit.Full.Process(new Sitrep.Core.Model.Document("reuters-2020-01-08-turkey-libya", text)), gold);
        Assert.Equal((10, 10), report.Score("quote"));
    }
}
