using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;

namespace Sitrep.Text.Ingest;

/// <summary>
/// Reads an HTML page: SmartReader (a Readability port) finds the article; its text becomes the document text, with
/// paragraphs separated by blank lines and a <see cref="SourceMap"/> back to the raw page (issue 2 point 2) built from
/// AngleSharp's source positions (<see cref="HtmlSourceLocator"/>). Captions, photo credits, side boxes and inline
/// advertisements marked as such in the page stay out of the text (<see cref="HtmlBoilerplate"/>, issue 9 point 10).
/// </summary>
internal static class HtmlReader
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "table", "tr", "td", "th", "section", "article", "header", "footer", "figure", "figcaption", "br", "hr", "aside",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template" };

    /// <summary>Reads one HTML input from its bytes.</summary>
    /// <param name="source">File path or <c>stdin</c>, for messages.</param>
    /// <param name="id">Document id.</param>
    /// <param name="bytes">The raw bytes, UTF-8.</param>
    /// <param name="options">Limits.</param>
    public static InputItem Read(string source, string id, ReadOnlySpan<byte> bytes, ReaderOptions options)
    {
        if (!TextDecoder.TryDecode(bytes, options, out var raw, out var code, out var reason))
        {
            return InputItem.Failed(source, id, code, reason);
        }

        return FromHtml(source, id, raw);
    }

    /// <summary>Extracts the article of an HTML page held as a string.</summary>
    public static InputItem FromHtml(string source, string id, string raw)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var page = parser.ParseDocument(raw);
        var url = CanonicalUrl(page);

        // Start-tag offsets go on the elements as attributes: SmartReader may rebuild the tree from serialised HTML.
        HtmlSourceLocator.Stamp(raw, page);
        IElement? content = null;
        SmartReader.Article article;
        try
        {
            // Classes are kept so that captions and advertisements can still be told by them (HtmlBoilerplate).
            var reader = new SmartReader.Reader(url ?? "https://localhost/", page) { KeepClasses = true };
            reader.AddCustomOperationEnd(element => content = element);
            article = reader.GetArticle();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NullReferenceException or FormatException)
        {
            // Recorded as the input's failure, not swallowed (STYLE §2).
            return InputItem.Failed(source, id, DiagnosticCode.NoArticleText, $"no article text: reader failed: {ex.Message}");
        }

        var builder = new HtmlTextBuilder(raw);
        if (content is not null)
        {
            Walk(content, builder, HtmlSourceLocator.Locate(raw, content), HtmlBoilerplate.Collect(content));
        }

        var (text, map) = builder.Build();
        if (string.IsNullOrWhiteSpace(text))
        {
            return InputItem.Failed(source, id, DiagnosticCode.NoArticleText, "no article text: the page has no readable body");
        }

        var metadata = new DocumentMetadata
        {
            Title = string.IsNullOrWhiteSpace(article.Title) ? Nonempty(page.Title) : article.Title.Trim(),
            Url = url,
            Date = article.PublicationDate is { } d ? DateOnly.FromDateTime(d) : null,
        };
        return InputItem.Ok(source, new Sitrep.Core.Model.Document(id, text, metadata) { SourceMap = map });
    }

    private static void Walk(INode node, HtmlTextBuilder builder, IReadOnlyDictionary<IText, ImmutableArray<HtmlTextRun>> runs, IReadOnlySet<IText> boilerplate)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t when boilerplate.Contains(t):
                    break;
                case IText t:
                    builder.AppendTextNode(t.Data, runs.TryGetValue(t, out var r) ? r : []);
                    break;
                case IElement e when SkippedElements.Contains(e.LocalName):
                    break;
                case IElement e when BlockElements.Contains(e.LocalName):
                    builder.Break();
                    Walk(e, builder, runs, boilerplate);
                    builder.Break();
                    break;
                case IElement e:
                    Walk(e, builder, runs, boilerplate);
                    break;
            }
        }
    }

    private static string? CanonicalUrl(IHtmlDocument page)
    {
        var link = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var og = page.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        var url = Nonempty(link) ?? Nonempty(og);
        return url is not null && Uri.TryCreate(url, UriKind.Absolute, out _) ? url : null;
    }

    private static string? Nonempty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
