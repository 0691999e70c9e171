using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Text.Ingest;

namespace Sitrep.Text.Tests.Ingest;

[Trait("Issue", "9")]
public sealed class HtmlSourceLocatorTests
{
    private static (IElement Body, IReadOnlyDictionary<IText, System.Collections.Immutable.ImmutableArray<HtmlTextRun>> Runs) Locate(string raw, bool stamp = true)
    {
        var page = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(raw);
        if (stamp)
        {
            HtmlSourceLocator.Stamp(raw, page);
        }

        return (page.Body!, HtmlSourceLocator.Locate(raw, page.Body!));
    }

    /// <summary>The raw offset of each data character of the node holding <paramref name="data"/>, or -1.</summary>
    private static int[] Offsets(string raw, string data, bool stamp = true)
    {
        var (body, runs) = Locate(raw, stamp);
        var node = body.GetDescendants().OfType<IText>().Single(t => t.Data == data);
        var offsets = Enumerable.Repeat(-1, data.Length).ToArray();
        foreach (var r in runs.TryGetValue(node, out var found) ? found : [])
        {
            for (var k = 0; k < r.Length; k++)
            {
                offsets[r.DataStart + k] = r.RawStart + k;
            }
        }

        return offsets;
    }

    [Fact]
    public void Locate_CharacterReferences_SteppedOver()
    {
        const string raw = "<p>AT&amp;T caf&eacute; &#8220;no&#x201D; &copy x</p>";
        var offsets = Offsets(raw, "AT&T café “no” © x");

        Assert.Equal(raw.IndexOf("AT&amp;", StringComparison.Ordinal), offsets[0]);
        Assert.Equal(-1, offsets[2]);
        Assert.Equal(raw.IndexOf("T caf", StringComparison.Ordinal), offsets[3]);
        Assert.Equal(raw.IndexOf("no&#x", StringComparison.Ordinal), offsets["AT&T café “".Length]);
        Assert.Equal(raw.LastIndexOf('x'), offsets[^1]);
    }

    [Fact]
    public void Locate_CarriageReturns_Aligned()
    {
        const string raw = "<p>one\r\ntwo\rthree</p>";
        var offsets = Offsets(raw, "one\ntwo\nthree");

        Assert.Equal(raw.IndexOf("two", StringComparison.Ordinal), offsets[4]);
        Assert.Equal(raw.IndexOf("three", StringComparison.Ordinal), offsets[8]);
    }

    [Fact]
    public void Locate_TextAfterEndTagAndComment_Aligned()
    {
        const string raw = "<p>lead <b title=\"a>b\">bold</b><!-- a <p>x</p> --> tail</p>";

        Assert.Equal(raw.IndexOf(" tail", StringComparison.Ordinal), Offsets(raw, " tail")[0]);
        Assert.Equal(raw.IndexOf("bold", StringComparison.Ordinal), Offsets(raw, "bold")[0]);
    }

    [Fact]
    public void Locate_SameWordTwice_EachNodeItsOwnPlace()
    {
        const string raw = "<nav><a>Libya</a></nav><article><p>Libya</p></article>";

        Assert.Equal([raw.IndexOf(">Libya<", StringComparison.Ordinal) + 1, raw.IndexOf("<p>Libya", StringComparison.Ordinal) + 3], LocateAll(raw));
    }

    [Fact]
    public void Locate_WithoutStamps_NoRuns()
    {
        const string raw = "<p>Markets fell.</p>";

        Assert.All(Offsets(raw, "Markets fell.", stamp: false), o => Assert.Equal(-1, o));
    }

    private static int[] LocateAll(string raw)
    {
        var (body, runs) = Locate(raw);
        return [.. body.GetDescendants().OfType<IText>().Select(t => runs[t].Single().RawStart)];
    }
}
