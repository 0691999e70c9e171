using System.Diagnostics;
using CsCheck;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Quotes;

public sealed class QuotePropertyTests
{
    private static readonly Gen<string> Texts = Gen.OneOfConst(
            "said", "told", "Reuters", "Arvel", "Dunmore", "Belan", "Orrick", "he", "she", "according", "to", "a", "senior",
            "official", "sources", "that", "the", "convoy", "was", "stopped", ",", ".", ":", ";", "“", "”", "\"", "‘", "’", "\n", "\n\n", "—", "(", ")", "é", "\u00a0")
        .Array[0, 80]
        .Select(words => string.Join(" ", words));

    private static readonly Gen<string> Unicode = Gen.String[Gen.Char["ab.,:\n “”\"«»„‘’Ж\u0301\ud83d\ude00"], 0, 300];

    private static Document Process(string text) => QuoteTestKit.Stage.Process(HandDocument.Of(text), CancellationToken.None);

    [Fact]
    public void Process_StraightThenCurlyMarks_QuoteDoesNotStartWithMark()
    {
        // CsCheck seed 7nF5OsYfZF12 found this: a straight quote opened, a curly pair inside it.
        var doc = Process("Belan said \" “ some words ” here.");
        Assert.All(doc.Quotes, q => Assert.False(Sitrep.Extraction.Quotes.QuoteMarkScanner.IsMark(doc.Text[q.Span.Start])));
    }

    [Fact]
    public void Process_IndirectQuoteAfterStrayMark_DoesNotStartWithMark()
    {
        // CsCheck seed 4PZbgLyRSKK1 found this: an "according to" quote whose clause began at an unclosed mark.
        var doc = Process("( the ; that senior \u00a0 stopped was \n\n Dunmore he \u00a0 Belan ( said told ( \u00e9 : Orrick \u2014 ( . ) \n ; \u00a0 that \u2014 \u201c senior she told \n according . to that Belan \u00e9 told official \u201c stopped said \u2014 told \u00a0 \u00a0 : \n : ; convoy ) was senior ,");
        Assert.All(doc.Quotes, q => Assert.False(Sitrep.Extraction.Quotes.QuoteMarkScanner.IsMark(doc.Text[q.Span.Start])));
    }

    [Fact]
    public void Process_ArbitraryWordsAndQuoteMarks_SpansInsideBodyText() =>
        Texts.Sample(text =>
        {
            var doc = Process(text);
            var body = doc.Zones.Where(z => z.Kind == ZoneKind.Body).Select(z => z.Span).ToList();
            foreach (var q in doc.Quotes)
            {
                Assert.True(q.Span.End <= text.Length && body.Any(b => b.Contains(q.Span)), $"quote {q.Span} outside body text");
                Assert.True(q.Speaker.Span is not { } s || s.End <= text.Length);
                Assert.True(q.Cue is not { } c || c.End <= text.Length);
                Assert.DoesNotContain('“', doc.TextOf(q.Span)[..Math.Min(1, q.Span.Length)]);
            }

            Assert.True(doc.Quotes.Select(q => q.Span.Start).SequenceEqual(doc.Quotes.Select(q => q.Span.Start).Order()), "quotes not ordered by start");
        });

    [Fact]
    public void Process_ArbitraryUnicode_NoException() =>
        Unicode.Sample(text =>
        {
            var doc = Process(text);
            Assert.All(doc.Quotes, q => Assert.True(q.Span.End <= text.Length));
        });

    [Fact]
    public void Process_OneOpeningMarkNeverClosed_UnclosedQuoteDiagnostic() =>
        Gen.Select(Gen.Int[0, 40], Gen.OneOfConst("“", "\"", "«")).Sample((n, mark) =>
        {
            var text = "Arvel Dunmore said " + mark + string.Concat(Enumerable.Repeat("we hold ", n)) + "firm.";
            var doc = Process(text);
            Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCode.UnclosedQuote);
        });

    [Theory]
    [InlineData("“a,” said ")]
    [InlineData("a, ")]
    [InlineData("said ")]
    [InlineData("\"")]
    [InlineData("Ab ")]
    [InlineData("according to ")]
    [InlineData("“")]
    [InlineData("he said the ")]
    public void Process_HostileRepetition_StaysFast(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 200_000 / unit.Length));
        var watch = Stopwatch.StartNew();
        Process(text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{watch.Elapsed} on 200k chars of '{unit}'");
    }
}
