namespace Sitrep.Cli;

/// <summary>What the shell takes from the process, so tests can run commands in-process with their own.</summary>
/// <param name="OpenStdin">Opens standard input (for <c>-</c>).</param>
/// <param name="IsTerminal">True when output goes to a terminal: progress bars and colours are shown only then.</param>
internal sealed record CliEnvironment(Func<Stream> OpenStdin, bool IsTerminal)
{
    /// <summary>The environment variable that, set to 1 or true, prints the stack trace of an unexpected error.</summary>
    public const string VerboseVariable = "SITREP_VERBOSE";

    /// <summary>True when an unexpected error should print its stack trace (as <c>--verbose</c> does).</summary>
    public bool Verbose { get; init; }

    /// <summary>
    /// Default of <c>ingest --progress-every</c>, in seconds: how often a progress line goes to stderr when output is not a
    /// terminal (0: never). Tests that run commands in-process set 0, so their stderr holds only what they check.
    /// </summary>
    public double ProgressSeconds { get; init; } = DefaultProgressSeconds;

    /// <summary>Default of <see cref="ProgressSeconds"/>.</summary>
    public const double DefaultProgressSeconds = 10;

    /// <summary>The real console.</summary>
    public static CliEnvironment FromConsole() => new(Console.OpenStandardInput, !Console.IsOutputRedirected)
    {
        Verbose = Environment.GetEnvironmentVariable(VerboseVariable) is "1" or "true" or "TRUE" or "True",
    };
}
