using System.Text;
using Sitrep.Core.Diagnostics;
using Sitrep.Text.Ingest;

namespace Sitrep.Text.Tests.Ingest;

public sealed class JsonLinesReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private List<InputItem> ReadLines(params string[] lines)
    {
        var path = _dir.Write("feed.jsonl", string.Join("\n", lines) + "\n");
        return [.. new InputReader().Read([path])];
    }

    [Fact]
    public void Read_Record_IdTextAndMetadataKept()
    {
        var item = Assert.Single(ReadLines("""{"id":"r-1","text":"Body.","date":"2020-01-08","title":"T","url":"https://x/1","source":"Reuters","extra":[1,2]}"""));

        var doc = item.Document!;
        Assert.Equal("r-1", doc.Id);
        Assert.Equal("Body.", doc.Text);
        Assert.Equal(new DateOnly(2020, 1, 8), doc.Metadata.Date);
        Assert.Equal("T", doc.Metadata.Title);
        Assert.Equal("https://x/1", doc.Metadata.Url);
        Assert.Equal("Reuters", doc.Metadata.Source);
        Assert.Empty(doc.Diagnostics);
    }

    [Theory]
    [InlineData("\"2020-01-08\"", "2020-01-08")]
    [InlineData("\"2020-01-08T23:30:00\"", "2020-01-08")]
    [InlineData("\"2020-01-08T23:30:00+05:00\"", "2020-01-08")]
    [InlineData("\"2020-01-08T23:30:00Z\"", "2020-01-08")]
    [InlineData("\"None\"", null)]
    [InlineData("null", null)]
    [InlineData("\"\"", null)]
    public void Read_DateVariants_ParsedOrAbsent(string json, string? expected)
    {
        var item = Assert.Single(ReadLines($$"""{"id":"a","text":"t","date":{{json}}}"""));

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), item.Document!.Metadata.Date);
        Assert.Empty(item.Document.Diagnostics);
    }

    [Theory]
    [InlineData("\"08/01/2020\"")]
    [InlineData("20200108")]
    public void Read_BadDate_DocumentKeptWithBadDateDiagnostic(string json)
    {
        var item = Assert.Single(ReadLines($$"""{"id":"a","text":"t","date":{{json}}}"""));

        Assert.Null(item.Document!.Metadata.Date);
        Assert.Equal(DiagnosticCode.BadDate, Assert.Single(item.Document.Diagnostics).Code);
    }

    [Theory]
    [InlineData("not json", DiagnosticCode.BadRecord)]
    [InlineData("[1,2]", DiagnosticCode.BadRecord)]
    [InlineData("""{"text":"no id"}""", DiagnosticCode.BadRecord)]
    [InlineData("""{"id":5,"text":"numeric id"}""", DiagnosticCode.BadRecord)]
    [InlineData("""{"id":"x"}""", DiagnosticCode.BadRecord)]
    [InlineData("""{"id":"x","text":"  "}""", DiagnosticCode.EmptyInput)]
    public void Read_BadLine_FailureNamesFileAndLineOthersGoOn(string bad, DiagnosticCode expected)
    {
        var items = ReadLines("""{"id":"a","text":"one"}""", bad, """{"id":"c","text":"three"}""");

        Assert.Equal(3, items.Count);
        Assert.True(items[0].Succeeded);
        Assert.True(items[2].Succeeded);
        Assert.Equal(expected, items[1].Failure!.Code);
        Assert.EndsWith("feed.jsonl:2", items[1].Source, StringComparison.Ordinal);
        Assert.Contains("line 2", items[1].Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8Line_NotUtf8OnlyForThatLine()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"").Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("\"}\r\n{\"id\":\"c\",\"text\":\"z\"}")).ToArray();
        var path = _dir.Write("f.jsonl", bytes);

        var items = new InputReader().Read([path]).ToList();

        Assert.Equal(["a", "f:2", "c"], items.Select(i => i.DocumentId));
        Assert.Equal(DiagnosticCode.NotUtf8, items[1].Failure!.Code);
    }

    [Fact]
    public void Read_LineOverLimit_TooLargeAndNextLineRead()
    {
        var path = _dir.Write("f.jsonl", $$"""{"id":"a","text":"{{new string('x', 200)}}"}""" + "\n" + """{"id":"b","text":"ok"}""");

        var items = new InputReader(new ReaderOptions { MaxBytes = 100 }).Read([path]).ToList();

        Assert.Equal(DiagnosticCode.TooLarge, items[0].Failure!.Code);
        Assert.Equal("b", items[1].Document!.Id);
    }

    [Fact]
    public void Read_BlankLines_Skipped()
    {
        var items = ReadLines("", """{"id":"a","text":"t"}""", "   ", "");

        Assert.Equal("a", Assert.Single(items).DocumentId);
    }

    [Fact]
    public void Read_LinesLongerThanChunk_ReadWhole()
    {
        var text = new string('w', 200_000);
        var items = ReadLines($$"""{"id":"a","text":"{{text}}"}""", """{"id":"b","text":"t"}""");

        Assert.Equal(text, items[0].Document!.Text);
        Assert.Equal("b", items[1].DocumentId);
    }
}
