using Sitrep.Core.Diagnostics;
using Sitrep.Text.Ingest;

namespace Sitrep.Text.Tests.Ingest;

public sealed class CsvRecordReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private List<InputItem> Read(string csv, long? maxBytes = null)
    {
        var path = _dir.Write("corpus.csv", csv);
        var reader = maxBytes is { } m ? new InputReader(new ReaderOptions { MaxBytes = m }) : new InputReader();
        return [.. reader.Read([path])];
    }

    [Fact]
    public void Read_Records_IdTextAndMetadataKept()
    {
        var items = Read("id,title,text,date,extra\r\nr-1,Title one,\"Body, with comma.\",2020-01-08,x\r\nr-2,,Second.,None,y\r\n");
        Assert.Equal(2, items.Count);
        var doc = items[0].Document!;
        Assert.Equal("r-1", doc.Id);
        Assert.Equal("Body, with comma.", doc.Text);
        Assert.Equal("Title one", doc.Metadata.Title);
        Assert.Equal(new DateOnly(2020, 1, 8), doc.Metadata.Date);
        Assert.Null(items[1].Document!.Metadata.Date);
        Assert.Null(items[1].Document!.Metadata.Title);
    }

    [Fact]
    public void Read_QuotedField_KeepsLineBreaksAndDoubledQuotes()
    {
        var items = Read("id,text\nq,\"He said \"\"no\"\".\nNext paragraph.\"\nz,After.\n");
        Assert.Equal("He said \"no\".\nNext paragraph.", items[0].Document!.Text);
        Assert.Equal("After.", items[1].Document!.Text);
        Assert.EndsWith(":4", items[1].Source, StringComparison.Ordinal); // the row starts on line 4
    }

    [Fact]
    public void Read_WrongFieldCount_FailsThatRowOnly()
    {
        var items = Read("id,text\na,One.\nb,Two.,extra\nc,Three.\n");
        Assert.Equal(["a", "c"], items.Where(i => i.Succeeded).Select(i => i.Document!.Id));
        var failure = Assert.Single(items, i => !i.Succeeded).Failure!;
        Assert.Equal(DiagnosticCode.BadRecord, failure.Code);
        Assert.Contains("line 3", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderWithoutText_OneFailureForTheFile()
    {
        var item = Assert.Single(Read("id,body\na,One.\n"));
        Assert.False(item.Succeeded);
        Assert.Contains("'text'", item.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnclosedQuote_FailsTheRow()
    {
        var items = Read("id,text\na,One.\nb,\"never closed\n");
        Assert.True(items[0].Succeeded);
        Assert.Contains("never closed", items[1].Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OversizedRow_FailsThatRowOnly()
    {
        var items = Read("id,text\na," + new string('x', 500) + "\nb,Short.\n", maxBytes: 100);
        Assert.False(items[0].Succeeded);
        Assert.Contains("limit", items[0].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal("b", items[1].Document!.Id);
    }

    [Fact]
    public void Read_InvalidUtf8_FailsThatRowOnly()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("id,text\na,Good.\nb,Bad ").Concat(new byte[] { 0xC3, 0x28 }).Concat(System.Text.Encoding.UTF8.GetBytes(".\nc,Also good.\n")).ToArray();
        var path = _dir.Write("bad.csv", bytes);
        var items = new InputReader().Read([path]).ToList();
        Assert.Equal(["a", "c"], items.Where(i => i.Succeeded).Select(i => i.Document!.Id));
        Assert.Equal(DiagnosticCode.NotUtf8, items[1].Failure!.Code);
    }
}
