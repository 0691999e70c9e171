using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class ExportAndShowCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task IngestSampleAsync()
    {
        _cli.Write("feed.jsonl", """
            {"id":"art-7","text":"CAIRO – Turkey sent drones, officials said.\n\n(Editing by Jane Doe)","date":"2020-01-08T10:00:00","title":"Drones","url":"https://example.com/7","source":"Reuters"}
            {"id":"art-8","text":"Another article, with \"quotes\" and a comma."}
            """);
        var (exit, _, error) = await _cli.RunAsync("ingest", Path.Combine(_cli.Dir, "in"), "--db", _cli.Db);
        Assert.True(exit == 0, error);
    }

    [Fact]
    public async Task Export_Jsonl_ContractFieldsAndInputIds()
    {
        await IngestSampleAsync();

        var (exit, output, _) = await _cli.RunAsync("export", "--format", "jsonl", "--db", _cli.Db);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var o = JsonDocument.Parse(lines[0]).RootElement;
        foreach (var field in new[] { "id", "date", "dateline", "title", "url", "source", "text", "entities", "quotes", "credits", "diagnostics" })
        {
            Assert.True(o.TryGetProperty(field, out _), field);
        }

        Assert.Equal("art-7", o.GetProperty("id").GetString());
        Assert.Equal("2020-01-08", o.GetProperty("date").GetString());
        Assert.Equal("https://example.com/7", o.GetProperty("url").GetString());
        Assert.StartsWith("CAIRO – Turkey", o.GetProperty("text").GetString(), StringComparison.Ordinal);
        foreach (var e in o.GetProperty("entities").EnumerateArray().Concat(o.GetProperty("quotes").EnumerateArray()))
        {
            var start = e.GetProperty("start").GetInt32();
            var end = e.GetProperty("end").GetInt32();
            Assert.Equal(o.GetProperty("text").GetString()!.Substring(start, end - start), e.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task Export_CsvToFile_Rfc4180()
    {
        await IngestSampleAsync();
        var file = Path.Combine(_cli.Dir, "docs.csv");

        var (exit, _, _) = await _cli.RunAsync("export", "--format", "csv", "--what", "documents", "--out", file, "--db", _cli.Db);

        Assert.Equal(0, exit);
        var csv = await File.ReadAllTextAsync(file);
        Assert.StartsWith("id,date,dateline,title,url,source,entities,quotes,diagnostics,text\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"Another article, with \"\"quotes\"\" and a comma.\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_EventsCsv_GdeltColumnsAndEvidence()
    {
        await IngestSampleAsync();

        var (exit, output, error) = await _cli.RunAsync("export", "--format", "csv", "--what", "events", "--db", _cli.Db);

        Assert.True(exit == 0, error);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("GlobalEventID,Day,MonthYear,Year,FractionDate,Actor1Code,Actor1Name,", lines[0], StringComparison.Ordinal);
        var header = lines[0].Split(',');
        var row = Assert.Single(lines[1..]).Split(',');
        Assert.Equal(("1", "art-7", "1"), (row[0], row[Array.IndexOf(header, "DocumentID")], row[Array.IndexOf(header, "NumMentions")])); // merged event 1 (issue 10)
        Assert.Equal(("TUR", "072", "07", "2", "Turkey sent drones"), (row[Array.IndexOf(header, "Actor1Code")], row[Array.IndexOf(header, "EventCode")], row[Array.IndexOf(header, "EventRootCode")], row[Array.IndexOf(header, "QuadClass")], row[Array.IndexOf(header, "EvidenceText")]));
    }

    [Fact]
    public async Task Export_Jsonl_Events()
    {
        await IngestSampleAsync();

        var (_, output, _) = await _cli.RunAsync("export", "--db", _cli.Db);

        var o = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]).RootElement;
        var e = Assert.Single(o.GetProperty("events").EnumerateArray());
        Assert.Equal(("TUR", "Turkey", "072", "AID", "2020-01-08"), (e.GetProperty("source").GetString(), e.GetProperty("source_name").GetString(), e.GetProperty("cameo").GetString(), e.GetProperty("plover").GetString(), e.GetProperty("date").GetString()));
        Assert.Equal("Turkey sent drones", e.GetProperty("evidence").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Show_KnownId_PrintsMetadata()
    {
        await IngestSampleAsync();

        var (exit, output, _) = await _cli.RunAsync("show", "art-7", "--db", _cli.Db);

        Assert.Equal(0, exit);
        Assert.Contains("art-7", output, StringComparison.Ordinal);
        Assert.Contains("Drones", output, StringComparison.Ordinal);
        Assert.Contains("2020-01-08", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownId_ClearErrorExitOne()
    {
        await IngestSampleAsync();

        var (exit, _, error) = await _cli.RunAsync("show", "nope", "--db", _cli.Db);

        Assert.Equal(1, exit);
        Assert.Contains("No document 'nope'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_NoDatabase_ClearErrorExitOne()
    {
        var (exit, _, error) = await _cli.RunAsync("show", "x", "--db", Path.Combine(_cli.Dir, "missing.db"));

        Assert.Equal(1, exit);
        Assert.Contains("No database", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_cli.Dir, "missing.db")));
    }

    [Fact]
    public async Task Demo_BundledSample_StoredAndShown()
    {
        var (exit, output, error) = await _cli.RunAsync("demo", "--db", _cli.Db);

        Assert.True(exit == 0, error);
        Assert.Contains("reuters-2020-01-08-turkey-libya", output, StringComparison.Ordinal);
        Assert.Contains("CAIRO", output, StringComparison.Ordinal);
    }
}
