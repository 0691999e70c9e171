using System.CommandLine;
using Sitrep.Cli.Rendering;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep show ID [--db FILE]</c>: a readable summary of one stored document.</summary>
internal static class ShowCommand
{
    /// <summary>Exit code for an unknown id or a missing database.</summary>
    public const int ExitNotFound = 1;

    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var id = new Argument<string>("ID") { Description = "Document id (the input's id, or a file's name without extension)" };
        var db = CommonOptions.Db();
        var command = new Command("show", "Show what Sitrep found in one document") { id, db };
        command.SetAction(async (parse, ct) => await ShowAsync(parse.GetValue(id)!, parse.GetValue(db)!, environment, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct).ConfigureAwait(false));
        return command;
    }

    /// <summary>Prints the summary; returns the exit code.</summary>
    public static async Task<int> ShowAsync(string id, string db, CliEnvironment environment, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!File.Exists(db))
        {
            await error.WriteLineAsync($"No database at '{db}'. Run 'sitrep ingest PATH…' first, or pass --db FILE.").ConfigureAwait(false);
            return ExitNotFound;
        }

        await using var store = await CommonOptions.OpenForReadingAsync(db, ct).ConfigureAwait(false);
        var stored = await store.GetAsync(id, ct).ConfigureAwait(false);
        if (stored is null)
        {
            await error.WriteLineAsync($"No document '{id}' in '{db}'. 'sitrep list' lists the stored ids.").ConfigureAwait(false);
            return ExitNotFound;
        }

        DocumentSummary.Render(ConsoleFactory.Create(output, environment.IsTerminal), stored);
        return 0;
    }
}
