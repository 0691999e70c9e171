using System.Text;

namespace Sitrep.Cli.Tests;

/// <summary>Runs the sitrep command tree in-process with captured output and a temp working folder.</summary>
public sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Dir = Path.Combine(Path.GetTempPath(), "sitrep-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
        Db = Path.Combine(Dir, "test.db");
    }

    public string Dir { get; }

    public string Db { get; }

    public byte[] Stdin { get; set; } = [];

    /// <summary>Replaces <see cref="Stdin"/>: opens standard input for the command (a test may make it throw).</summary>
    public Func<Stream>? OpenStdin { get; set; }

    public string Write(string relative, byte[] bytes)
    {
        var full = Path.Combine(Dir, "in", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(OpenStdin ?? (() => new MemoryStream(Stdin)), IsTerminal: false) { ProgressSeconds = 0 };
        var exit = await SitrepCli.RunAsync(args, environment, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
