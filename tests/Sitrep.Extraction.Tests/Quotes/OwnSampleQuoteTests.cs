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
        foreach (var r in records)
        {
            var doc = QuoteTestKit.Full.Process(new Sitrep.Core.Model.Document(r.Id, r.Text));
            var matched = QuoteEvaluator.Match(r.Quotes, doc.Quotes);
            foreach (var g in r.Quotes)
            {
                var m = matched.FirstOrDefault(x => x.Gold == g);
                var status = m.Predicted is null ? "MISS" : QuoteSpeakerMatch.CompatibleName(m.Predicted.Speaker.Name, g.Speaker) ? "ok  " : "SPKR(" + m.Predicted.Speaker.Name + ")";
                output.WriteLine($"{r.Id} {status} {g.Form} {g.Speaker}: {Short(g.Span.Of(r.Text))}");
            }

            foreach (var p in doc.Quotes.Where(p => !matched.Any(x => x.Predicted == p)))
            {
                output.WriteLine($"{r.Id} FP   {p.Kind} {p.Speaker.Name}: {Short(doc.TextOf(p.Span))}");
            }
        }

        // A floor that catches a broken attributor, well below the measured scores; the numbers are reported, not tuned to.
        Assert.True(report.F1 >= 0.5, $"quote F1 {report.F1:F3}");
    }

    private static string Short(string s) => s.Length <= 90 ? s : s[..87] + "...";
}
