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

    [Theory]
    [Trait("Issue", "9")]
    [InlineData("BEIRUT (WND) — Protesters gathered.", "BEIRUT (WND) —")]
    [InlineData("KYIV, Ukraine (AP) — Crews worked overnight.", "KYIV, Ukraine (AP) —")]
    [InlineData("Kyiv, Ukraine (AP) — Crews worked overnight.", "Kyiv, Ukraine (AP) —")]
    [InlineData("WASHINGTON — The talks ended.", "WASHINGTON —")]
    [InlineData("LONDON, Jan 8 (Reuters) - Shares fell.", "LONDON, Jan 8 (Reuters) -")]
    [InlineData("NEW DELHI, Jan. 8 (Reuters) - Shares fell.", "NEW DELHI, Jan. 8 (Reuters) -")]
    [InlineData("MILWAUKEE, Wis., March 2 - Shares fell.", "MILWAUKEE, Wis., March 2 -")]
    [InlineData("Toronto, Feb 26 - Shares fell.", "Toronto, Feb 26 -")]
    [InlineData("BERLIN (dpa) - Shares fell.", "BERLIN (dpa) -")]
    [InlineData("GOMA, Democratic Republic of Congo (Reuters) - Fighting resumed.", "GOMA, Democratic Republic of Congo (Reuters) -")]
    [InlineData("DALLAS/FORT WORTH, Texas, March 3 -- Shares fell.", "DALLAS/FORT WORTH, Texas, March 3 --")]
    public void Clean_DatelineForms_Zone(string text, string zone) => Assert.Equal([zone], ZoneTexts(TextTestKit.Run(text), ZoneKind.Dateline));

    [Theory]
    [InlineData("The talks - which failed - ended.")]
    [InlineData("Officials - who asked not to be named - said no.")]
    [InlineData("On Jan 8 - a Wednesday - the talks ended.")]
    [InlineData("Cairo - the capital - was calm.")]
    public void Clean_NoDateline_WhenFirstWordIsOrdinary(string text) => Assert.Null(TextTestKit.Run(text).Metadata.Dateline);

    [Fact]
    [Trait("Issue", "9")]
    public void Clean_DatelineAfterTitleAndByline_Found()
    {
        // HTML pages give the headline and byline as paragraphs before the dateline.
        var doc = TextTestKit.Run("Turkish advisers arrive in Tripoli\n\nBy Sami Example\n\nTRIPOLI, Jan 8 (Reuters) - Advisers arrived on Wednesday.");

        Assert.Equal("TRIPOLI", doc.Metadata.Dateline);
        Assert.Equal(["Advisers arrived on Wednesday."], TextTestKit.SentenceTexts(doc).Skip(2));
    }

    [Fact]
    [Trait("Issue", "9")]
    public void Clean_DatelineAfterProse_NotTaken()
    {
        var doc = TextTestKit.Run("The talks ended on Wednesday.\n\nWASHINGTON - A second round began.");

        Assert.Null(doc.Metadata.Dateline);
    }

    [Fact]
    [Trait("Issue", "9")]
    public void Clean_DatelineOnItsOwnLine_Zone()
    {
        var doc = TextTestKit.Run("WASHINGTON —\n\nThe talks ended.");

        Assert.Equal("WASHINGTON", doc.Metadata.Dateline);
        Assert.Equal(["The talks ended."], TextTestKit.SentenceTexts(doc));
    }

    [Theory]
    [Trait("Issue", "9")]
    [InlineData("Image copyright Getty Images", ZoneKind.Credits)]
    [InlineData("Image source, Reuters", ZoneKind.Credits)]
    [InlineData("Photo: Reuters/Omar Placeholder", ZoneKind.Credits)]
    [InlineData("Photo credit: Ann Example", ZoneKind.Credits)]
    [InlineData("(Photo by Ann Example/AFP via Getty Images)", ZoneKind.Credits)]
    [InlineData("REUTERS/Omar Placeholder/File Photo", ZoneKind.Credits)]
    [InlineData("(AP Photo/Ivan Placeholder)", ZoneKind.Credits)]
    [InlineData("Image caption Delegates gathered in Berlin on Sunday", ZoneKind.Noise)]
    [InlineData("Media caption The minister spoke to reporters", ZoneKind.Noise)]
    [InlineData("FILE PHOTO: Soldiers stand guard in Tripoli, Libya", ZoneKind.Noise)]
    [InlineData("Image: Ann Example.", ZoneKind.Noise)]
    public void Clean_PhotoLine_NotBody(string line, ZoneKind kind)
    {
        var doc = TextTestKit.Run($"{line}\n\nThe talks ended.");

        Assert.Equal([line], ZoneTexts(doc, kind));
        Assert.Equal(["The talks ended."], TextTestKit.SentenceTexts(doc));
        Assert.True(doc.Metadata.Credits.IsEmpty);
    }

    [Theory]
    [InlineData("SOYBEAN CAKE/MEAL")]
    [InlineData("Photographers were barred from the hearing.")]
    [InlineData("The photo showed the damage.")]
    public void Clean_NotAPhotoLine_Body(string line) =>
        Assert.Contains(line, TextTestKit.SentenceTexts(TextTestKit.Run($"{line}\n\nThe talks ended.")));

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
