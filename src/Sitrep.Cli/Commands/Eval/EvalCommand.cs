using System.CommandLine;

namespace Sitrep.Cli.Commands.Eval;

/// <summary><c>sitrep eval …</c>: accuracy against gold sets. Each evaluation is its own file in this folder.</summary>
internal static class EvalCommand
{
    /// <summary>
    /// The evaluations. To add one, write <c>Commands/Eval/XEvalCommand.cs</c> with
    /// <c>internal static Command Create(CliEnvironment environment)</c> and add <c>XEvalCommand.Create,</c> here.
    /// </summary>
    private static readonly Func<CliEnvironment, Command>[] Subcommands =
    [
        _ => EvalSeedCommand.Create(),
        _ => EvalNerCommand.Create(),
        _ => EvalQuotesCommand.Create(),
        _ => EvalParseCommand.Create(),
        _ => EvalPetrarchCommand.Create(),
        _ => EvalGeoCommand.Create(),
        _ => EvalCaseCommand.Create(),
        _ => EvalIpeCommand.Create(),
        _ => EvalEventsMergeCommand.Create(),
        _ => EvalStoriesCommand.Create(),
    ];

    /// <summary>Creates the command group.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("eval", "Score Sitrep against gold data (../shared/data)");
        foreach (var create in Subcommands)
        {
            command.Subcommands.Add(create(environment));
        }

        return command;
    }
}
