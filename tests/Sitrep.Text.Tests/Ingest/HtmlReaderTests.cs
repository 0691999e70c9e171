using Sitrep.Core.Diagnostics;
using Sitrep.Text.Ingest;

namespace Sitrep.Text.Tests.Ingest;

public sealed class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>Turkey sends troops | News</title>
        <link rel="canonical" href="https://example.com/world/turkey-libya">
        <meta property="article:published_time" content="2020-01-08T10:00:00Z">
        </head>
        <body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article>
        <h1>Turkey sends troops</h1>
        <p>CAIRO – Turkey has sent military advisers and drones to Libya, officials said on Wednesday, as
        fighting intensified around the capital Tripoli in a conflict that has drawn in regional powers.</p>
        <p>The Government of National Accord, based in Tripoli, has been fighting forces loyal to
        eastern commander Khalifa Haftar since April. Ankara signed a security deal with the government.</p>
        <p>“We will not leave our brothers alone,” a senior Turkish official said, adding that <b>more support</b>
        would follow if needed. Analysts said the move risked a wider war &amp; more displacement.</p>
        </article>
        <footer>Copyright 2020</footer>
        </body></html>
        """;

    private static Sitrep.Core.Model.Document Read() => HtmlReader.FromHtml("page.html", "page", Page).Document!;

    [Fact]
    public void FromHtml_Article_ParagraphsSeparatedByBlankLines()
    {
        var doc = Read();

        var paragraphs = doc.Text.Split("\n\n");
        Assert.True(paragraphs.Length >= 3, doc.Text);
        Assert.Contains(paragraphs, p => p.StartsWith("CAIRO – Turkey has sent military advisers", StringComparison.Ordinal));
        Assert.DoesNotContain("Home", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", doc.Text, StringComparison.Ordinal);
        Assert.Contains("as fighting intensified", doc.Text, StringComparison.Ordinal);
        Assert.Contains("war & more", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FromHtml_Page_MetadataTitleUrlDate()
    {
        var doc = Read();

        Assert.Equal("https://example.com/world/turkey-libya", doc.Metadata.Url);
        Assert.Contains("Turkey sends troops", doc.Metadata.Title, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2020, 1, 8), doc.Metadata.Date);
    }

    [Fact]
    public void FromHtml_SourceMap_MappedCharactersEqualRawCharacters()
    {
        var doc = Read();
        var map = doc.SourceMap!;

        Assert.NotEmpty(map.Segments);
        foreach (var s in map.Segments)
        {
            Assert.Equal(doc.Text.Substring(s.TextStart, s.Length), Page[s.OriginalStart..(s.OriginalStart + s.Length)]);
        }

        foreach (var word in new[] { "CAIRO", "Haftar", "brothers", "support", "displacement" })
        {
            var at = doc.Text.IndexOf(word, StringComparison.Ordinal);
            var raw = map.ToOriginal(at)!.Value;
            Assert.Equal(word, Page[raw..(raw + word.Length)]);
        }
    }

    [Fact]
    public void FromHtml_SourceMap_CoversMostOfTheText()
    {
        var doc = Read();

        var mapped = doc.SourceMap!.Segments.Sum(s => s.Length);
        Assert.True(mapped > doc.Text.Length * 0.9, $"{mapped} of {doc.Text.Length}");
    }

    [Fact]
    public void FromHtml_NoText_NoArticleText()
    {
        var item = HtmlReader.FromHtml("x.html", "x", "<html><head><title>t</title></head><body><script>var a = 1;</script></body></html>");

        Assert.Equal(DiagnosticCode.NoArticleText, item.Failure!.Code);
    }
}
