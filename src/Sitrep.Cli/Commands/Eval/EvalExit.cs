using Spectre.Console;

namespace Sitrep.Cli.Commands.Eval;

/// <summary>What every <c>sitrep eval …</c> command shares: its exit codes and its console.</summary>
internal static class EvalExit
{
    /// <summary>Every bar or floor met.</summary>
    public const int Passed = 0;

    /// <summary>A bar or floor missed.</summary>
    public const int BelowBar = 1;

    /// <summary>The gold or data could not be read.</summary>
    public const int BadInput = 2;

    /// <summary>Plain text when redirected (CI logs, files); colours only on a terminal.</summary>
    public static IAnsiConsole Console { get; } = ConsoleFactory.Create(System.Console.Out, !System.Console.IsOutputRedirected);
}
