using Microsoft.Data.Sqlite;

namespace Sitrep.Cli.Tests;

/// <summary>Issue 9 point 3: each user error is one line on stderr with its own exit code, never a stack trace.</summary>
[Trait("Issue", "9")]
public sealed class CliErrorTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private static void AssertOneLine(string error, params string[] expected)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        foreach (var e in expected)
        {
            Assert.Contains(e, line, StringComparison.Ordinal);
        }
    }

    private async Task<string> IngestedDbAsync()
    {
        var article = _cli.Write("a.txt", "Turkey sent drones to Libya, officials said on Wednesday.");
        var (exit, _, error) = await _cli.RunAsync("ingest", article, "--db", _cli.Db);
        Assert.True(exit == 0, error);
        return article;
    }

    [Theory]
    [InlineData("text", "ingest")]
    [InlineData("text", "show")]
    [InlineData("text", "export")]
    [InlineData("text", "list")]
    [InlineData("random", "ingest")]
    [InlineData("random", "list")]
    public async Task Command_CorruptDatabase_OneLineExitFive(string content, string command)
    {
        await File.WriteAllBytesAsync(_cli.Db, content == "text"
            ? System.Text.Encoding.UTF8.GetBytes("id,title\nthis is a CSV file someone named test.db, not a database at all\n")
            : [.. Enumerable.Range(0, 8192).Select(i => (byte)((i * 7919) % 256))]);
        var article = _cli.Write("a.txt", "Some article text.");
        string[] args = command switch
        {
            "ingest" => ["ingest", article, "--db", _cli.Db],
            "show" => ["show", "a", "--db", _cli.Db],
            "export" => ["export", "--db", _cli.Db],
            _ => ["list", "--db", _cli.Db],
        };

        var (exit, _, error) = await _cli.RunAsync(args);

        Assert.Equal(ExitCodes.DatabaseUnusable, exit);
        AssertOneLine(error, "is not a Sitrep database", "--db");
    }

    [Fact]
    public async Task Ingest_WriteProtectedDatabase_OneLineExitSixAndListStillReads()
    {
        var article = await IngestedDbAsync();
        File.SetAttributes(_cli.Db, FileAttributes.ReadOnly);

        var (exit, _, error) = await _cli.RunAsync("ingest", article, "--db", _cli.Db);
        var (listExit, listed, listError) = await _cli.RunAsync("list", "--db", _cli.Db, "--format", "tsv");
        File.SetAttributes(_cli.Db, FileAttributes.Normal);

        Assert.Equal(ExitCodes.DatabaseReadOnly, exit);
        AssertOneLine(error, "cannot be written", "chmod u+w");
        Assert.True(listExit == 0, listError);
        Assert.Contains("\na\t", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_DatabaseLockedByAnotherConnection_OneLineExitSevenWithinSeconds()
    {
        var article = await IngestedDbAsync();
        File.WriteAllText(article, "Another version of the article, to be stored.");
        await using var other = new SqliteConnection($"Data Source={_cli.Db};Pooling=False");
        await other.OpenAsync();
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync();
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (exit, _, error) = await _cli.RunAsync("ingest", article, "--db", _cli.Db);

        Assert.Equal(ExitCodes.DatabaseLocked, exit);
        AssertOneLine(error, "is locked by another process", "run again");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(25), $"took {clock.Elapsed}"); // 30 s and a crash before issue 9
    }

    [Fact]
    public async Task Ingest_DatabaseReachesMaxBytes_OneLineExitEightAndWhatWasCommittedStays()
    {
        await IngestedDbAsync();
        var size = new FileInfo(_cli.Db).Length;
        var sentence = "Turkish drones struck positions near Tripoli on Monday, a spokesman for the Libyan National Army said. ";
        for (var i = 0; i < 30; i++)
        {
            _cli.Write($"many/{i:D2}.txt", $"Article {i}. " + string.Concat(Enumerable.Repeat(sentence, 40)));
        }

        var (exit, _, error) = await _cli.RunAsync("ingest", Path.Combine(_cli.Dir, "in", "many"), "--db", _cli.Db, "--db-max-bytes", (size + 16384).ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ExitCodes.DiskFull, exit);
        AssertOneLine(error, "no room left", "--db-max-bytes");
        var (_, listed, _) = await _cli.RunAsync("list", "--db", _cli.Db, "--format", "tsv");
        Assert.Contains("\na\t", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_MissingInputPath_OneLineExitFourNoDatabaseCreated()
    {
        var missing = Path.Combine(_cli.Dir, "no-such-article.txt");

        var (exit, output, error) = await _cli.RunAsync("ingest", missing, "--db", _cli.Db);

        Assert.Equal(ExitCodes.InputNotFound, exit);
        AssertOneLine(error, "no such file or directory", "no-such-article.txt");
        Assert.Empty(output);
        Assert.False(File.Exists(_cli.Db));
    }

    [Theory]
    [InlineData("export", "--format", "xml", "jsonl, csv")]
    [InlineData("export", "--what", "people", "documents, entities, quotes, events")]
    [InlineData("list", "--format", "csv", "table, tsv, jsonl")]
    [InlineData("list", "--status", "done", "ok, failed")]
    public async Task Command_UnknownChoice_OneLineNamingTheChoicesExitOne(string command, string option, string value, string choices)
    {
        await IngestedDbAsync();

        var (exit, output, error) = await _cli.RunAsync(command, option, value, "--db", _cli.Db);

        Assert.Equal(ExitCodes.Usage, exit);
        AssertOneLine(error, $"Unknown {option} '{value}'", choices);
        Assert.DoesNotContain("Sitrep.", error, StringComparison.Ordinal); // no .NET type name
        Assert.Empty(output);
    }

    [Fact]
    public async Task Ingest_UnexpectedException_OneLineWithHintExitSeventy()
    {
        _cli.OpenStdin = () => throw new InvalidOperationException("stdin exploded");

        var (exit, _, error) = await _cli.RunAsync("ingest", "-", "--db", _cli.Db);

        Assert.Equal(ExitCodes.Internal, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("unexpected error: stdin exploded", line, StringComparison.Ordinal);
        Assert.Contains("--verbose", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_UnexpectedExceptionVerbose_StackTracePrinted()
    {
        _cli.OpenStdin = () => throw new InvalidOperationException("stdin exploded");

        var (exit, _, error) = await _cli.RunAsync("ingest", "-", "--db", _cli.Db, "--verbose");

        Assert.Equal(ExitCodes.Internal, exit);
        Assert.Contains("System.InvalidOperationException: stdin exploded", error, StringComparison.Ordinal);
        Assert.Contains(" at ", error, StringComparison.Ordinal);
    }
}
