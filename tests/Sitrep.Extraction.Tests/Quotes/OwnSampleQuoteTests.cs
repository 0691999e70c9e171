using Sitrep.Extraction.Evaluation;
using Sitrep.Tests;
using Xunit.Abstractions;

namespace Sitrep.Extraction.Tests.Quotes;

/// <summary>Scores the dev half of our own quote set (issue 9 point 7) and lists what is missed; the test half is only scored, by <c>eval quotes</c>.</summary>
public sealed class OwnSampleQuoteTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Issue", "9")]
    public void Evaluate_OwnDev_ReportsScores()
    {
        var records = QuoteGoldRecord.ReadAll(TestPaths.Repo("data", "annotations", "quotes-own-dev.jsonl"), new CaseCorpus(TestPaths.SharedData("news-corpus")));
        var report = QuoteEvaluator.Evaluate(records, d => QuoteTestKit.Full.Process(d));
        output.WriteLine($"P={report.Precision:F3} R={report.Recall:F3} F1={report.F1:F3} direct={report.DirectRecall:F3} speaker={report.SpeakerAccuracy:F3}");
        QuoteTestKit.WriteMatches(records, output.WriteLine, QuoteSpeakerMatch.CompatibleName, 90);

        // A floor that catches a broken attributor, well below the measured scores; the numbers are reported, not tuned to.
        Assert.True(report.F1 >= 0.5, $"quote F1 {report.F1:F3}");
    }
}
