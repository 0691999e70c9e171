using Spectre.Console;

namespace Sitrep.Cli;

/// <summary>Makes a Spectre console over a command's output writer, plain (no ANSI) unless it is a terminal.</summary>
internal static class ConsoleFactory
{
    /// <summary>Width used when output is not a terminal, so tables do not wrap at 80 columns in files and tests.</summary>
    public const int RedirectedWidth = 160;

    /// <summary>Creates the console.</summary>
    public static IAnsiConsole Create(TextWriter output, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
