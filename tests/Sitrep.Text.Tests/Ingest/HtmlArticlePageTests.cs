using Sitrep.Core.Model;
using Sitrep.Text.Ingest;

namespace Sitrep.Text.Tests.Ingest;

[Trait("Issue", "9")]
public sealed class HtmlArticlePageTests
{
    public static TheoryData<string> Pages => new(nameof(HtmlTestPages.Wire), nameof(HtmlTestPages.Agency), nameof(HtmlTestPages.Broadcaster));

    private static string Page(string name) => name switch
    {
        nameof(HtmlTestPages.Wire) => HtmlTestPages.Wire,
        nameof(HtmlTestPages.Agency) => HtmlTestPages.Agency,
        _ => HtmlTestPages.Broadcaster,
    };

    private static Document Read(string page) => HtmlReader.FromHtml("page.html", "page", page).Document!;

    private static Document Run(string page) => TextTestKit.Pipeline.Process(Read(page));

    private static string[] ZoneTexts(Document doc, ZoneKind kind) => [.. doc.Zones.Where(z => z.Kind == kind).Select(z => doc.TextOf(z.Span))];

    private static string BodyText(Document doc) => string.Join("\n", ZoneTexts(doc, ZoneKind.Body));

    [Fact]
    public void FromHtml_WirePage_CaptionAndAdvertisementStayOutOfText()
    {
        var doc = Read(HtmlTestPages.Wire);

        Assert.Contains("Turkish military advisers have arrived in Tripoli", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Ankara says it is acting", doc.Text, StringComparison.Ordinal);
        foreach (var noise in new[] { "Smoke rises", "REUTERS/Omar", "Advertisement", "Sponsored", "cheap flights", "Newswire", "All quotes delayed" })
        {
            Assert.DoesNotContain(noise, doc.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void FromHtml_WirePage_DatelineWithDateAndAgency()
    {
        var doc = Run(HtmlTestPages.Wire);

        Assert.Equal("TRIPOLI", doc.Metadata.Dateline);
        Assert.Equal(["TRIPOLI, Jan 8 (Reuters) -"], ZoneTexts(doc, ZoneKind.Dateline));
        Assert.StartsWith("Turkish military advisers", BodyText(doc), StringComparison.Ordinal);
    }

    [Fact]
    public void FromHtml_WirePage_PhotoCreditParagraphIsCreditsNotBody()
    {
        var doc = Run(HtmlTestPages.Wire);

        Assert.Equal(["Photo: Reuters/Dara Placeholder", "(Reporting by Sami Example in Tripoli and Dara Sample in Ankara; Editing by Kim Editor)"], ZoneTexts(doc, ZoneKind.Credits));
        Assert.DoesNotContain("Placeholder", BodyText(doc), StringComparison.Ordinal);
        Assert.Equal(["Sami Example", "Dara Sample"], doc.Metadata.Credits.Reporting.Select(p => p.Name));
    }

    [Fact]
    public void FromHtml_AgencyPage_TitleCaseRegionDatelineAndAdvertisementNoise()
    {
        var doc = Run(HtmlTestPages.Agency);

        Assert.Equal("KYIV", doc.Metadata.Dateline);
        Assert.Equal(["KYIV, Ukraine (AP) —"], ZoneTexts(doc, ZoneKind.Dateline));
        Assert.Equal(["ADVERTISEMENT"], ZoneTexts(doc, ZoneKind.Noise));
        Assert.DoesNotContain("ADVERTISEMENT", BodyText(doc), StringComparison.Ordinal);
        Assert.DoesNotContain("AP Photo", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Workers repair damaged lines", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FromHtml_BroadcasterPage_ImageLabelsCaptionAndAsideStayOut()
    {
        var doc = Run(HtmlTestPages.Broadcaster);

        Assert.StartsWith("World powers have called", BodyText(doc), StringComparison.Ordinal);
        Assert.Contains("enforced at sea.", BodyText(doc), StringComparison.Ordinal);
        foreach (var noise in new[] { "Image copyright", "Image caption", "Getty", "Delegates gathered", "Related Topics", "Libya conflict", "external linking" })
        {
            Assert.DoesNotContain(noise, doc.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FromHtml_WordInNavigationAndBody_MapsToTheBodyOccurrence()
    {
        // "World" is a navigation link before the article and the first word of the article's introduction.
        var page = HtmlTestPages.Broadcaster;
        var doc = Read(page);
        var inNavigation = page.IndexOf(">World<", StringComparison.Ordinal) + 1;
        var inBody = page.IndexOf("World powers have called", StringComparison.Ordinal);
        Assert.True(inNavigation > 0 && inNavigation < inBody);

        var at = doc.Text.IndexOf("World powers have called", StringComparison.Ordinal);

        Assert.Equal(inBody, doc.SourceMap!.ToOriginal(at));
        Assert.Equal(inBody + "World powers".Length, doc.SourceMap.ToOriginal(at + "World powers".Length));
    }

    [Fact]
    public void FromHtml_CharacterReference_WordMapsAroundIt()
    {
        // "Libya&#8217;s": the letters map one to one, the apostrophe has no segment of its own.
        var page = HtmlTestPages.Wire;
        var doc = Read(page);
        var at = doc.Text.IndexOf("Libya’s internationally", StringComparison.Ordinal);
        var raw = page.IndexOf("Libya&#8217;s internationally", StringComparison.Ordinal);

        Assert.Equal(raw, doc.SourceMap!.ToOriginal(at));
        Assert.Equal(raw + "Libya&#8217;".Length, doc.SourceMap.ToOriginal(at + "Libya’".Length));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void FromHtml_Pages_EveryWordMapsToItsSpellingInThePage(string name)
    {
        var page = Page(name);
        var doc = Read(page);
        var map = doc.SourceMap!;

        foreach (var s in map.Segments)
        {
            Assert.Equal(doc.Text.AsSpan(s.TextStart, s.Length), page.AsSpan(s.OriginalStart, s.Length));
        }

        // Each word without a character reference maps to where the page spells it, and the words keep page order.
        var offset = 0;
        var last = -1;
        foreach (var word in doc.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            offset = doc.Text.IndexOf(word, offset, StringComparison.Ordinal);
            var raw = map.ToOriginal(offset)!.Value;
            if (!word.Contains('’', StringComparison.Ordinal) && !word.Contains('&', StringComparison.Ordinal))
            {
                Assert.Equal(word, page[raw..(raw + word.Length)]);
            }

            Assert.True(raw > last, $"'{word}' maps to {raw}, not after {last}");
            last = raw;
            offset += word.Length;
        }
    }

    [Fact]
    public void FromHtml_ShortArticle_StillMapped()
    {
        // SmartReader rebuilds a short page's tree from serialised HTML and tries again; the offsets survive that.
        const string page = """
            <html><head><title>Brief</title></head><body><nav><a href="/">Home</a> <a href="/m">Markets</a></nav>
            <div class="content"><p>Markets fell in Tokyo on Monday.</p><p>Traders cited the yen.</p></div></body></html>
            """;
        var doc = Read(page);

        var at = doc.Text.IndexOf("Markets fell", StringComparison.Ordinal);
        Assert.True(at >= 0, doc.Text);
        Assert.Equal(page.IndexOf("Markets fell", StringComparison.Ordinal), doc.SourceMap!.ToOriginal(at));
        Assert.Equal(page.IndexOf("yen.", StringComparison.Ordinal), doc.SourceMap.ToOriginal(doc.Text.IndexOf("yen.", StringComparison.Ordinal)));
    }
}
