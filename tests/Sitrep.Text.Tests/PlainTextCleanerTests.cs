using Sitrep.Core.Model;

namespace Sitrep.Text.Tests;

public sealed class PlainTextCleanerTests
{
    private static Document Seed() => TextTestKit.Run(TextTestKit.Sample(), "reuters-2020-01-08-turkey-libya");

    private static string[] ZoneTexts(Document doc, ZoneKind kind) => [.. doc.Zones.Where(z => z.Kind == kind).Select(z => doc.TextOf(z.Span))];

    [Fact]
    public void Clean_Seed_ReadsDateHeader()
    {
        var doc = Seed();
        Assert.Equal(new DateOnly(2020, 1, 8), doc.Metadata.Date);
        Assert.Equal(["date 2020-01-08"], ZoneTexts(doc, ZoneKind.DateHeader));
    }

    [Fact]
    public void Clean_Seed_FindsThreeAdvertisementLines() =>
        Assert.Equal(["advertisement", "advertisement", "advertisement"], ZoneTexts(Seed(), ZoneKind.Noise));

    [Fact]
    public void Clean_Seed_ReadsDateline()
    {
        var doc = Seed();
        Assert.Equal("CAIRO", doc.Metadata.Dateline);
        Assert.Equal(["CAIRO –"], ZoneTexts(doc, ZoneKind.Dateline));
        Assert.StartsWith("The planned arrival", TextTestKit.SentenceTexts(doc).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_Seed_ReadsHeading()
    {
        var doc = Seed();
        Assert.Equal(["RUSSIA AND TURKEY COOPERATION"], doc.Metadata.Headings.ToArray());
        Assert.DoesNotContain(TextTestKit.SentenceTexts(doc), s => s.Contains("COOPERATION", StringComparison.Ordinal));
    }

    [Fact]
    public void Clean_Seed_ParsesCredits()
    {
        var doc = Seed();
        var credits = doc.Metadata.Credits;
        Assert.Equal(["Orhan Coskun", "Jonathan Spicer"], credits.Reporting.Select(p => p.Name));
        Assert.Equal(["Ankara", "Istanbul"], credits.Reporting.Select(p => p.Location));
        Assert.Equal(["Timothy Heritage"], credits.Editing.Select(p => p.Name));
        Assert.All(credits.Reporting, p => Assert.True(p.Additional));
        Assert.False(credits.Editing.Single().Additional);
        Assert.All(credits.Reporting.Concat(credits.Editing), p => Assert.Equal(p.Name, doc.TextOf(p.Span)));
    }

    [Fact]
    public void Clean_Seed_NoMetadataInsideSentences()
    {
        var doc = Seed();
        var meta = doc.Zones.Where(z => z.Kind != ZoneKind.Body).ToList();
        Assert.All(doc.Sentences, s => Assert.DoesNotContain(meta, z => z.Span.Overlaps(s.Span)));
    }

    [Theory]
    [InlineData("WASHINGTON (Reuters) - The talks ended.", "WASHINGTON")]
    [InlineData("SALVADOR, Feb 26 - Showers continued.", "SALVADOR")]
    [InlineData("NEW YORK — Stocks rose.", "NEW YORK")]
    [InlineData("Cairo (AP) — Protests grew.", "Cairo")]
    public void Clean_Datelines_Table(string text, string place) => Assert.Equal(place, TextTestKit.Run(text).Metadata.Dateline);

    [Fact]
    public void Clean_NoDateline_WhenFirstWordIsOrdinary() => Assert.Null(TextTestKit.Run("The talks - which failed - ended.").Metadata.Dateline);

    [Fact]
    public void Clean_LongDateLine_SetsDate()
    {
        var doc = TextTestKit.Run("Saturday, January 5, 2019\n\nA fire killed five.");
        Assert.Equal(new DateOnly(2019, 1, 5), doc.Metadata.Date);
        Assert.Equal(["A fire killed five."], TextTestKit.SentenceTexts(doc));
    }

    [Fact]
    public void Clean_InputDate_WinsOverHeader()
    {
        var doc = TextTestKit.Pipeline.Process(new Document("x", "date 2020-01-08\n\nText.", new DocumentMetadata { Date = new DateOnly(2021, 2, 3) }));
        Assert.Equal(new DateOnly(2021, 2, 3), doc.Metadata.Date);
    }

    [Fact]
    public void Clean_BadDateHeader_Diagnostic()
    {
        var doc = TextTestKit.Run("date 2020-13-45\n\nText.");
        Assert.Null(doc.Metadata.Date);
        Assert.Contains(doc.Diagnostics, d => d.Code == Core.Diagnostics.DiagnosticCode.BadDate);
    }

    [Fact]
    public void Clean_HeadingBeforeBody_IsBodyNotHeading()
    {
        // An all-caps first line is a wire title (Reuters-21578 style) only after body text has started is it a heading.
        var doc = TextTestKit.Run("BAHIA COCOA REVIEW\n\nShowers continued.");
        Assert.Empty(doc.Metadata.Headings);
    }
}
