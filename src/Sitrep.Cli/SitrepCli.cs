using System.CommandLine;
using System.CommandLine.Invocation;
using Sitrep.Cli.Commands;
using Sitrep.Cli.Commands.Eval;
using Sitrep.Cli.Commands.Gazetteer;

namespace Sitrep.Cli;

/// <summary>The <c>sitrep</c> command tree. Commands are thin shells over the libraries (STYLE A11).</summary>
internal static class SitrepCli
{
    /// <summary>Exit code when a data file under <c>data/</c> or <c>node_modules/</c> is missing or malformed.</summary>
    public const int DataFileError = ExitCodes.DataFile;

    /// <summary>How long a command may take to wind up after Ctrl-C (finishing the run record, printing what was stored).</summary>
    public static readonly TimeSpan TerminationTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Runs <c>sitrep</c> with <paramref name="args"/>. What goes wrong for a reason the user can fix is told in one line
    /// on stderr with its own exit code (<see cref="ExitCodes"/>, issue 9 point 3): a missing or malformed data file (ours,
    /// or one the user named such as <c>--verbs</c>), a database that is not one, read-only, locked or out of room.
    /// Anything else is a bug: one line too, and the stack trace only with <c>--verbose</c> or <c>SITREP_VERBOSE=1</c>.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, TextWriter? output = null, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TerminationTimeout };
        if (output is not null)
        {
            configuration.Output = output;
        }

        if (error is not null)
        {
            configuration.Error = error;
        }

        var verbose = new Option<bool>("--verbose") { Description = "Print the stack trace of an unexpected error", Recursive = true };
        var root = CreateRoot(environment);
        root.Options.Add(verbose);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction onError)
        {
            onError.ShowHelp = false; // one line per error on stderr; 'sitrep COMMAND --help' shows the usage
        }

        try
        {
            return await parse.InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (Extraction.Data.DataFileException ex)
        {
            await configuration.Error.WriteLineAsync($"sitrep: {ex.Message}").ConfigureAwait(false);
            return DataFileError;
        }
        catch (Store.StoreException ex)
        {
            var (message, exit) = StoreErrors.Describe(ex);
            await configuration.Error.WriteLineAsync($"sitrep: {message}").ConfigureAwait(false);
            return exit;
        }
        catch (OperationCanceledException)
        {
            await configuration.Error.WriteLineAsync("sitrep: interrupted.").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
#pragma warning disable CA1031 // The last resort of the shell: recorded (one line, or the trace on request), never swallowed.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var trace = environment.Verbose || parse.GetValue(verbose);
            await configuration.Error.WriteLineAsync(trace
                ? $"sitrep: unexpected error: {ex}"
                : $"sitrep: unexpected error: {ex.Message} (a bug: run again with --verbose, or {CliEnvironment.VerboseVariable}=1, for the details, and report them)").ConfigureAwait(false);
            return ExitCodes.Internal;
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
            ListCommand.Create(environment),
            SampleCommand.Create(),
            DemoCommand.Create(environment),
            BenchCommand.Create(),
            EvalCommand.Create(environment),
            DictionariesCommand.Create(),
            TrainCommand.Create(),
            CodeCommand.Create(),
            GazetteerCommand.Create(),
            CorpusCommand.Create(),
            AlignmentsCommand.Create(environment),
            ActorsCommand.Create(environment),
            EventsCommand.Create(environment),
            StoriesCommand.Create(environment),
        };
    }
}
