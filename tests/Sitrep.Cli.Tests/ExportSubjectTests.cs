using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>Issue 9 point 6: every <c>--what</c> writes rows of that subject, in JSONL as in CSV.</summary>
[Trait("Issue", "9")]
public sealed class ExportSubjectTests(ExportSubjectTests.Ingested ingested) : IClassFixture<ExportSubjectTests.Ingested>
{
    private readonly CliRun _cli = ingested.Cli;

    /// <summary>One database for the class, ingested once and only read by the tests.</summary>
    public sealed class Ingested : IAsyncLifetime
    {
        public CliRun Cli { get; } = new();

        public async Task InitializeAsync()
        {
            Cli.Write("feed.jsonl", """
                {"id":"art-7","text":"CAIRO – Turkey sent drones to Libya, officials said.\n\n\"We will not stop,\" Khalifa Haftar, the commander of the Libyan National Army, said on Monday.","date":"2020-01-08","title":"Drones","source":"Reuters"}
                {"id":"art-8","text":"Russia and Turkey met in Moscow on Tuesday. \"The talks were useful,\" said Sergei Lavrov, the Russian foreign minister.","date":"2020-01-09","title":"Talks","source":"Reuters"}
                """);
            var (exit, _, error) = await Cli.RunAsync("ingest", Path.Combine(Cli.Dir, "in"), "--db", Cli.Db);
            Assert.True(exit == 0, error);
        }

        public Task DisposeAsync()
        {
            Cli.Dispose();
            return Task.CompletedTask;
        }
    }

    // The key each subject's row has and the others' rows lack (documents: the text; entities: the type; ...).
    [Theory]
    [InlineData("documents", "jsonl", "text", "id")]
    [InlineData("documents", "csv", "text", "id")]
    [InlineData("entities", "jsonl", "type", "document_id")]
    [InlineData("entities", "csv", "type", "document_id")]
    [InlineData("quotes", "jsonl", "speaker", "document_id")]
    [InlineData("quotes", "csv", "speaker_name", "document_id")]
    [InlineData("mentions", "jsonl", "cameo", "document_id")]
    [InlineData("mentions", "csv", "MentionIdentifier", "DocumentID")]
    public async Task Export_Subject_RowsOfThatSubject(string what, string format, string key, string idKey)
    {
        var (_, reference, _) = await _cli.RunAsync("export", "--format", "jsonl", "--what", "documents", "--db", _cli.Db);
        var documents = reference.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var array = what == "mentions" ? "events" : what; // a mention is a per-document event (issue 10 point 7)
        var expected = what == "documents" ? documents.Count : documents.Sum(d => d.GetProperty(array).GetArrayLength());
        Assert.True(expected > documents.Count || what == "documents", $"the sample must have more {what} than documents");

        var (exit, output, error) = await _cli.RunAsync("export", "--format", format, "--what", what, "--db", _cli.Db);

        Assert.True(exit == 0, error);
        List<(string Id, bool HasKey)> rows;
        if (format == "jsonl")
        {
            rows = [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
                .Select(o => (o.GetProperty(idKey).GetString()!, o.TryGetProperty(key, out _)))];
        }
        else
        {
            var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var header = lines[0].Split(',');
            Assert.Contains(key, header);
            rows = [.. lines.Skip(1).Select(l => (l.Split(',')[Array.IndexOf(header, idKey)], true))];
        }

        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.True(r.HasKey && r.Id.StartsWith("art-", StringComparison.Ordinal), r.Id));
    }

    [Fact]
    public async Task Export_MentionsJsonl_SameEventsAsTheDocumentsArrays()
    {
        var (_, docs, _) = await _cli.RunAsync("export", "--format", "jsonl", "--db", _cli.Db);
        var nested = docs.Split('\n', StringSplitOptions.RemoveEmptyEntries).SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("cameo").GetString())).ToList();

        var (_, events, _) = await _cli.RunAsync("export", "--format", "jsonl", "--what", "mentions", "--db", _cli.Db);

        var flat = events.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(nested, flat.Select(e => e.GetProperty("cameo").GetString()));
        Assert.Equal("art-7#1", flat[0].GetProperty("event_id").GetString());
    }
}
