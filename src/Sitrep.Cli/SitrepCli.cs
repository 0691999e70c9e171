using System.CommandLine;
using Sitrep.Cli.Commands;
using Sitrep.Cli.Commands.Eval;
using Sitrep.Cli.Commands.Gazetteer;

namespace Sitrep.Cli;

/// <summary>The <c>sitrep</c> command tree. Commands are thin shells over the libraries (STYLE A11).</summary>
internal static class SitrepCli
{
    /// <summary>Exit code when a data file under <c>data/</c> or <c>node_modules/</c> is missing or malformed.</summary>
    public const int DataFileError = 3;

    /// <summary>
    /// Runs <c>sitrep</c> with <paramref name="args"/>: a missing or malformed data file (ours, or one the user named
    /// such as <c>--verbs</c>) is the user's setup, not a crash, so it is told in one line naming the file and exits with
    /// <see cref="DataFileError"/>.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, TextWriter? output = null, TextWriter? error = null)
    {
        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        if (output is not null)
        {
            configuration.Output = output;
        }

        if (error is not null)
        {
            configuration.Error = error;
        }

        try
        {
            return await CreateRoot(environment).Parse(args).InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (Extraction.Data.DataFileException ex)
        {
            await configuration.Error.WriteLineAsync($"sitrep: {ex.Message}").ConfigureAwait(false);
            return DataFileError;
        }
    }

    /// <summary>Builds the root command for <paramref name="environment"/>.</summary>
    public static RootCommand CreateRoot(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new RootCommand("Sitrep: evidence-linked conflict events from news text.")
        {
            IngestCommand.Create(environment),
            ShowCommand.Create(environment),
            ExportCommand.Create(),
            SampleCommand.Create(),
            DemoCommand.Create(environment),
            BenchCommand.Create(),
            EvalCommand.Create(environment),
            DictionariesCommand.Create(),
            TrainCommand.Create(),
            CodeCommand.Create(),
            GazetteerCommand.Create(),
        };
    }
}
