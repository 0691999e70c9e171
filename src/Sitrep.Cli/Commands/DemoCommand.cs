using System.CommandLine;
using Sitrep.Cli.Ingest;
using Sitrep.Text.Ingest;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep demo [--db FILE]</c>: ingests the bundled sample article and shows what Sitrep found in it.</summary>
internal static class DemoCommand
{
    /// <summary>The bundled sample, relative to the Sitrep checkout.</summary>
    public const string SamplePath = "samples/reuters-2020-01-08-turkey-libya.txt";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var db = CommonOptions.Db();
        var dataRoot = CommonOptions.DataRoot();
        var command = new Command("demo", "Ingest the bundled sample article and show the result") { db, dataRoot };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var root = parse.GetValue(dataRoot);
            var sample = Path.Combine(CommonOptions.Catalog(root).Root, SamplePath);
            var request = new IngestRequest([sample], parse.GetValue(db)!, root, ReaderOptions.DefaultMaxBytes);
            var report = await IngestRunner.RunAsync(request, environment, null, ct).ConfigureAwait(false);
            await IngestCommand.PrintAsync(report, request.DbPath, output, error).ConfigureAwait(false);
            if (report.Failed > 0)
            {
                return IngestCommand.ExitSomeFailed;
            }

            return await ShowCommand.ShowAsync(Path.GetFileNameWithoutExtension(sample), request.DbPath, environment, output, error, ct).ConfigureAwait(false);
        });
        return command;
    }
}
