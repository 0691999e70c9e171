using System.CommandLine;
using Sitrep.Cli;
using Sitrep.Extraction.Data;

try
{
    return await SitrepCli.CreateRoot(CliEnvironment.FromConsole()).Parse(args)
        .InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false })
        .ConfigureAwait(false);
}
catch (DataFileException ex)
{
    // A missing or malformed data file is the user's setup, not a crash: say which file and how to fix it.
    await Console.Error.WriteLineAsync($"sitrep: {ex.Message}").ConfigureAwait(false);
    return SitrepCli.DataFileError;
}
