using Sitrep.Extraction.Evaluation;
using Xunit.Abstractions;

namespace Sitrep.Extraction.Tests.Quotes;

public sealed class WikinewsQuoteTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Issue", "2")]
    public void Evaluate_WikinewsDev_ReportsScores()
    {
        var records = QuoteGoldRecord.ReadAll(QuoteTestKit.SharedData("quotes-gold-dev.jsonl"));
        var report = QuoteEvaluator.Evaluate(records, d => QuoteTestKit.Full.Process(d));
        output.WriteLine(report.ToString());
        output.WriteLine($"P={report.Precision:F3} R={report.Recall:F3} F1={report.F1:F3} speaker={report.SpeakerAccuracy:F3} exact={report.SpeakerExactAccuracy:F3}");
        QuoteTestKit.WriteMatches(records, output.WriteLine, QuoteSpeakerMatch.SameName, 70);

        // A floor that catches a broken attributor, well below the measured scores; the numbers are reported, not tuned to.
        Assert.True(report.F1 >= 0.5, $"quote F1 {report.F1:F3}");
    }
}
