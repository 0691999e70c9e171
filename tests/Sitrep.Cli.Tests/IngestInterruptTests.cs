using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Sitrep.Cli.Tests;

/// <summary>
/// Issue 9 point 5, with a real process and a real SIGINT: Ctrl-C prints what was stored, marks the run interrupted,
/// keeps what was committed, and the same command run again completes the rest with each document once.
/// </summary>
[Trait("Issue", "9")]
public sealed class IngestInterruptTests : IDisposable
{
    private static readonly string Corpus = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data/news-corpus/bbc-news.jsonl"));

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private ProcessStartInfo Ingest() => new("dotnet")
    {
        ArgumentList = { Path.Combine(AppContext.BaseDirectory, "sitrep.dll"), "ingest", Corpus, "--db", _cli.Db, "--progress-every", "0.2" },
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        WorkingDirectory = _cli.Dir,
    };

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_cli.Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private string Text(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_cli.Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Ingest_Sigint_SummaryRunInterruptedRerunCompletes()
    {
        Assert.True(File.Exists(Corpus), Corpus);
        var total = File.ReadLines(Corpus).Count(l => l.Length > 0);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        int stored;

        using (var process = Process.Start(Ingest())!)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = new List<string>();
            string? line;
            while ((line = await process.StandardError.ReadLineAsync(timeout.Token)) is not null)
            {
                stderr.Add(line);
                if (line.StartsWith("progress: ", StringComparison.Ordinal) && !line.StartsWith("progress: 0 done", StringComparison.Ordinal))
                {
                    break;
                }
            }

            Assert.NotNull(line);
            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(timeout.Token);
            }

            stderr.AddRange((await process.StandardError.ReadToEndAsync(timeout.Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries));
            await process.WaitForExitAsync(timeout.Token);

            var output = await stdout;
            Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}\n{output}\n{string.Join('\n', stderr)}");
            Assert.Matches(@"^\d+ stored, 0 replaced, 0 unchanged, 0 failed in ", output);
            Assert.Contains(stderr, l => l.StartsWith("interrupted: ", StringComparison.Ordinal) && l.Contains("run the same command again", StringComparison.Ordinal));
            Assert.DoesNotContain(stderr, l => l.Contains("   at ", StringComparison.Ordinal));
            stored = int.Parse(output.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(stored, 1, total - 1);
            Assert.Equal("interrupted", Text("SELECT status FROM runs ORDER BY id DESC LIMIT 1"));
            Assert.Equal(stored, Scalar("SELECT stored FROM runs ORDER BY id DESC LIMIT 1"));
            Assert.Equal(stored, Scalar("SELECT COUNT(*) FROM documents"));
        }

        using (var again = Process.Start(Ingest())!)
        {
            var errors = again.StandardError.ReadToEndAsync(timeout.Token);
            var output = await again.StandardOutput.ReadToEndAsync(timeout.Token);
            await again.WaitForExitAsync(timeout.Token);

            Assert.True(again.ExitCode == 0, output + await errors);
            Assert.Equal($"{total - stored} stored, 0 replaced, {stored} unchanged, 0 failed", string.Join(' ', output.Split(' ').Take(8)));
        }

        Assert.Equal(total, Scalar("SELECT COUNT(*) FROM documents"));
        Assert.Equal("finished", Text("SELECT status FROM runs ORDER BY id DESC LIMIT 1"));
    }
}
