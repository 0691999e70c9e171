using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>Issue 10 point 7: <c>sitrep stories</c> and <c>sitrep export --what stories</c>.</summary>
[Trait("Issue", "10")]
public sealed class StoriesCommandTests : IDisposable
{
    private const string Text =
        "ANKARA, Jan 8 - Turkey has started sending military advisers to Libya to support the internationally recognised government in Tripoli, President Tayyip Erdogan said on Wednesday. "
        + "The government has been fending off an offensive by eastern forces loyal to commander Khalifa Haftar.";

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task IngestAsync()
    {
        var copy = JsonSerializer.Serialize(Text);
        _cli.Write("feed.jsonl", $$"""
            {"id":"a","text":{{copy}},"date":"2020-01-08","title":"Turkey sends advisers","source":"Reuters"}
            {"id":"b","text":{{copy}},"date":"2020-01-09","title":"UPDATE 1-Erdogan says advisers in Libya","source":"AP"}
            {"id":"c","text":"Floods in the north forced thousands from their homes on Tuesday, the civil defence agency said.","date":"2020-01-07","title":"Floods","source":"BBC"}
            """);
        var (exit, _, error) = await _cli.RunAsync("ingest", Path.Combine(_cli.Dir, "in"), "--db", _cli.Db);
        Assert.True(exit == 0, error);
    }

    [Fact]
    public async Task Stories_MinArticles_TableOfTheLargerStory()
    {
        await IngestAsync();

        var (exit, output, _) = await _cli.RunAsync("stories", "--min-articles", "2", "--db", _cli.Db);

        Assert.Equal(0, exit);
        Assert.Contains("2020-01-08", output, StringComparison.Ordinal);
        Assert.Contains("AP, Reuters", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Floods", output, StringComparison.Ordinal);
        Assert.Contains("1 stories, 2 articles", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_JsonlStories_OneLinePerStoryWithDocumentsFirstAndSources()
    {
        await IngestAsync();

        var (exit, output, _) = await _cli.RunAsync("export", "--format", "jsonl", "--what", "stories", "--db", _cli.Db);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        var story = lines.Single(l => l.GetProperty("documents").GetArrayLength() == 2);
        Assert.Equal(["a", "b"], story.GetProperty("documents").EnumerateArray().Select(d => d.GetString()!).Order());
        Assert.Equal("2020-01-08", story.GetProperty("first").GetString());
        Assert.Equal(["AP", "Reuters"], story.GetProperty("sources").EnumerateArray().Select(d => d.GetString()!));
        Assert.Equal(story.GetProperty("story").GetString(), story.GetProperty("documents")[0].GetString());
    }

    [Fact]
    public async Task Export_CsvStories_HeaderAndRows()
    {
        await IngestAsync();

        var (exit, output, _) = await _cli.RunAsync("export", "--format", "csv", "--what", "stories", "--db", _cli.Db);

        Assert.Equal(0, exit);
        var rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("story,first,articles,sources,documents", rows[0]);
        Assert.Equal(3, rows.Length);
    }

    [Fact]
    public async Task Stories_NoDatabase_UsageError()
    {
        var (exit, _, error) = await _cli.RunAsync("stories", "--db", Path.Combine(_cli.Dir, "none.db"));
        Assert.Equal(1, exit);
        Assert.Contains("No database", error, StringComparison.Ordinal);
    }
}
