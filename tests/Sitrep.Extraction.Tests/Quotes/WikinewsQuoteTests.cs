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
        foreach (var r in records)
        {
            var doc = QuoteTestKit.Full.Process(new Sitrep.Core.Model.Document(r.Id, r.Text));
            var matched = QuoteEvaluator.Match(r.Quotes, doc.Quotes);
            foreach (var g in r.Quotes)
            {
                var m = matched.FirstOrDefault(x => x.Gold == g);
                var status = m.Predicted is null ? "MISS" : QuoteSpeakerMatch.SameName(m.Predicted.Speaker.Name, g.Speaker) ? "ok  " : "SPKR(" + m.Predicted.Speaker.Name + ")";
                output.WriteLine($"{status} {g.Kind} {g.Speaker}: {Short(g.Span.Of(r.Text))}");
            }

            foreach (var p in doc.Quotes.Where(p => !matched.Any(x => x.Predicted == p)))
            {
                output.WriteLine($"FP   {p.Kind} {p.Speaker.Name}: {Short(doc.TextOf(p.Span))}");
            }
        }

        // A floor that catches a broken attributor, well below the measured scores; the numbers are reported, not tuned to.
        Assert.True(report.F1 >= 0.5, $"quote F1 {report.F1:F3}");
    }

    private static string Short(string s) => s.Length <= 70 ? s : s[..67] + "...";
}
