namespace Sitrep.Cli;

/// <summary>What the shell takes from the process, so tests can run commands in-process with their own.</summary>
/// <param name="OpenStdin">Opens standard input (for <c>-</c>).</param>
/// <param name="IsTerminal">True when output goes to a terminal: progress bars and colours are shown only then.</param>
internal sealed record CliEnvironment(Func<Stream> OpenStdin, bool IsTerminal)
{
    /// <summary>The real console.</summary>
    public static CliEnvironment FromConsole() => new(Console.OpenStandardInput, !Console.IsOutputRedirected);
}
