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

    /// <summary>Builds the root command for <paramref name="environment"/>.</summary>
    public static RootCommand CreateRoot(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new RootCommand("Sitrep: evidence-linked conflict events from news text.")
        {
            IngestCommand.Create(environment),
            ShowCommand.Create(environment),
            ExportCommand.Create(),
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
