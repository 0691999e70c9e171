using System.Text;
using Sitrep.Core.Diagnostics;
using Sitrep.Text.Ingest;

namespace Sitrep.Text.Tests.Ingest;

public sealed class InputReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_PlainTextFile_IdIsFileNameAndTextVerbatim()
    {
        var text = "CAIRO – Turkey said.\r\n\r\n“Quoted,” he said.\n";
        var path = _dir.Write("reuters-1.txt", text);

        var item = Assert.Single(new InputReader().Read([path]));

        Assert.True(item.Succeeded);
        Assert.Equal("reuters-1", item.Document.Id);
        Assert.Equal(text, item.Document.Text);
    }

    [Fact]
    public void Read_Utf8Bom_BomDropped()
    {
        var path = _dir.Write("a.txt", [0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i']);

        var item = Assert.Single(new InputReader().Read([path]));

        Assert.Equal("hi", item.Document!.Text);
    }

    public static TheoryData<string, byte[], DiagnosticCode> BadFiles => new()
    {
        { "latin1.txt", Encoding.Latin1.GetBytes("caf\u00e9 au lait"), DiagnosticCode.NotUtf8 },
        { "truncated.txt", [(byte)'a', 0xE2, 0x80], DiagnosticCode.NotUtf8 },
        { "nul.txt", [(byte)'a', 0, (byte)'b'], DiagnosticCode.BinaryInput },
        { "control.txt", [1, 2, 3, 4, 5, (byte)'a', (byte)'b', 6, 7, 8], DiagnosticCode.BinaryInput },
        { "empty.txt", [], DiagnosticCode.EmptyInput },
        { "blank.txt", Encoding.UTF8.GetBytes(" \n\t\r\n "), DiagnosticCode.EmptyInput },
        { "page.pdf", Encoding.UTF8.GetBytes("%PDF-1.4"), DiagnosticCode.UnsupportedFormat },
        { "blank.html", Encoding.UTF8.GetBytes("   "), DiagnosticCode.EmptyInput },
        { "bad.html", [(byte)'<', (byte)'p', (byte)'>', 0xFF, 0xFE], DiagnosticCode.NotUtf8 },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Read_BadFile_FailureWithCodeAndFileName(string name, byte[] bytes, DiagnosticCode expected)
    {
        var path = _dir.Write(name, bytes);

        var item = Assert.Single(new InputReader().Read([path]));

        Assert.False(item.Succeeded);
        Assert.Equal(expected, item.Failure.Code);
        Assert.Equal(path, item.Source);
        Assert.Equal(Path.GetFileNameWithoutExtension(name), item.Failure.DocumentId);
        Assert.False(string.IsNullOrWhiteSpace(item.Failure.Reason));
    }

    [Fact]
    public void Read_FileOverLimit_TooLarge()
    {
        var path = _dir.Write("big.txt", new string('a', 101));

        var item = Assert.Single(new InputReader(new ReaderOptions { MaxBytes = 100 }).Read([path]));

        Assert.Equal(DiagnosticCode.TooLarge, item.Failure!.Code);
        Assert.Contains("101", item.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_InputUnreadable()
    {
        var item = Assert.Single(new InputReader().Read([Path.Combine(_dir.Path, "nope.txt")]));

        Assert.Equal(DiagnosticCode.InputUnreadable, item.Failure!.Code);
    }

    [Fact]
    public void Read_Directory_RecursiveSortedHiddenSkipped()
    {
        _dir.Write("b.txt", "bee");
        _dir.Write("sub/a.txt", "ay");
        _dir.Write("a.txt", "ay top");
        _dir.Write(".hidden/x.txt", "hidden");
        _dir.Write(".y.txt", "hidden");

        var ids = new InputReader().Read([_dir.Path]).Select(i => i.DocumentId).ToList();

        Assert.Equal(["a", "b", "a"], ids);
        Assert.Equal(
            [Path.Combine(_dir.Path, "a.txt"), Path.Combine(_dir.Path, "b.txt"), Path.Combine(_dir.Path, "sub", "a.txt")],
            InputReader.Expand([_dir.Path]));
    }

    [Fact]
    public void Expand_Directory_SkipsLicenceAndReadMeFilesButNotWhenNamed()
    {
        var article = _dir.Write("bbc-news.jsonl", "{\"id\":\"1\",\"text\":\"x\"}");
        var licence = _dir.Write("bbc-news-LICENSE.txt", "CC BY");
        _dir.Write("README.md", "about");
        _dir.Write("sub/LICENCE", "terms");
        _dir.Write("notice_of_rights.txt", "terms");
        var licensed = _dir.Write("licensed-arms-deals.txt", "an article");

        Assert.Equal([article, licensed], InputReader.Expand([_dir.Path]));
        Assert.Equal([licence], InputReader.Expand([licence]));
    }

    [Fact]
    public void Read_BadFileAmongGood_BatchGoesOn()
    {
        var good1 = _dir.Write("1.txt", "one");
        var bad = _dir.Write("2.txt", [0, 0, 0]);
        var good2 = _dir.Write("3.txt", "three");

        var items = new InputReader().Read([good1, bad, good2]).ToList();

        Assert.Equal([true, false, true], items.Select(i => i.Succeeded));
    }

    [Theory]
    [InlineData("plain words", "stdin-", true)]
    [InlineData("  <html><body><p>Some article text here.</p></body></html>", "stdin-", true)]
    [InlineData("{\"id\":\"x1\",\"text\":\"t\"}\n", "x1", true)]
    public void Read_Stdin_FormatSniffed(string input, string expectedId, bool ok)
    {
        var reader = new InputReader(openStdin: () => new MemoryStream(Encoding.UTF8.GetBytes(input)));

        var item = Assert.Single(reader.Read([InputReader.StdinPath]));

        Assert.Equal(ok, item.Succeeded);
        Assert.Equal(expectedId == "stdin-" ? InputReader.StdinIdOf(Encoding.UTF8.GetBytes(input)) : expectedId, item.DocumentId);
    }

    [Fact]
    [Trait("Issue", "9")]
    public void Read_StdinTwoArticles_IdsFromContentDiffer()
    {
        string IdOf(string text) => Assert.Single(new InputReader(openStdin: () => new MemoryStream(Encoding.UTF8.GetBytes(text))).Read([InputReader.StdinPath])).DocumentId;

        var first = IdOf("First article.");

        Assert.Matches("^stdin-[0-9a-f]{12}$", first);
        Assert.Equal(first, IdOf("First article."));
        Assert.NotEqual(first, IdOf("Second article."));
    }

    [Fact]
    [Trait("Issue", "9")]
    public void Read_StdinWithId_IdUsed()
    {
        var reader = new InputReader(new ReaderOptions { StdinId = "my-article" }, () => new MemoryStream(Encoding.UTF8.GetBytes("Some text.")));

        Assert.Equal("my-article", Assert.Single(reader.Read([InputReader.StdinPath])).DocumentId);
    }

    [Fact]
    public void Read_StdinHtml_ArticleTextNotMarkup()
    {
        var reader = new InputReader(openStdin: () => new MemoryStream(Encoding.UTF8.GetBytes("<html><body><p>Hello <b>world</b>.</p></body></html>")));

        var item = Assert.Single(reader.Read([InputReader.StdinPath]));

        Assert.Equal("Hello world.", item.Document!.Text);
    }
}
