using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Ingest;
using Sitrep.Core.Diagnostics;
using Sitrep.Text.Ingest;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep ingest PATH… [--db FILE] [--data-root DIR] [--max-bytes N] [--gazetteer FILE] [--verbs FILE]</c>.</summary>
internal static class IngestCommand
{
    /// <summary>Exit code when any input failed (the rest were stored).</summary>
    public const int ExitSomeFailed = 2;

    /// <summary>Inputs above which a progress bar is shown on a terminal.</summary>
    public const int ProgressThreshold = 5;

    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files, directories (recursive) or - for stdin; .txt .html .htm .jsonl .csv", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var dataRoot = CommonOptions.DataRoot();
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest input accepted (a file, or one JSONL line), in bytes", DefaultValueFactory = _ => ReaderOptions.DefaultMaxBytes };
        var gazetteer = new Option<FileInfo?>("--gazetteer") { Description = "Gazetteer index file from 'sitrep gazetteer import' (default: the default gazetteer)" };
        var verbs = new Option<FileInfo?>("--verbs") { Description = "A TABARI or PETRARCH-1 verb dictionary to code events with (default: Sitrep's data/events/verbs.txt)" };
        var command = new Command("ingest", "Read articles, analyse them and store the results") { paths, db, dataRoot, maxBytes, gazetteer, verbs };
        command.SetAction(async (parse, ct) =>
        {
            var request = new IngestRequest(parse.GetValue(paths)!, parse.GetValue(db)!, parse.GetValue(dataRoot), parse.GetValue(maxBytes)) { Gazetteer = parse.GetValue(gazetteer)?.FullName, Verbs = parse.GetValue(verbs)?.FullName };
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var report = await RunWithProgressAsync(request, environment, output, ct).ConfigureAwait(false);
            await PrintAsync(report, request.DbPath, output, error).ConfigureAwait(false);
            return report.Failed > 0 ? ExitSomeFailed : 0;
        });
        return command;
    }

    /// <summary>Runs the request, with a progress bar when output is a terminal and there are more than a few inputs.</summary>
    public static async Task<IngestReport> RunWithProgressAsync(IngestRequest request, CliEnvironment environment, TextWriter output, CancellationToken ct)
    {
        var expanded = InputReader.Expand(request.Paths);
        if (!environment.IsTerminal || expanded.Count + (expanded.Any(p => InputReader.FormatOf(p) == InputFormat.JsonLines) ? ProgressThreshold : 0) <= ProgressThreshold)
        {
            return await IngestRunner.RunAsync(request, environment, null, ct).ConfigureAwait(false);
        }

        var total = IngestRunner.Estimate(expanded);
        IngestReport report = IngestRunner.Empty;
        await ConsoleFactory.Create(output, terminal: true).Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("ingest", maxValue: Math.Max(1, total));
                report = await IngestRunner.RunAsync(request, environment, new ProgressTo(task), ct).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return report;
    }

    /// <summary>Prints the summary line on stdout and each failure, by name with its reason, on stderr.</summary>
    public static async Task PrintAsync(IngestReport report, string db, TextWriter output, TextWriter error)
    {
        foreach (var w in report.Warnings)
        {
            await error.WriteLineAsync($"warning: {w}").ConfigureAwait(false);
        }

        foreach (var f in report.Failures)
        {
            await error.WriteLineAsync($"failed: {f.Source}: {DiagnosticCatalog.Id(f.Code)} {f.Reason}").ConfigureAwait(false);
        }

        var rate = report.Elapsed.TotalSeconds > 0 ? report.Total / report.Elapsed.TotalSeconds : 0;
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Stored} stored, {report.Replaced} replaced, {report.Unchanged} unchanged, {report.Failed} failed in {report.Elapsed.TotalSeconds:F1} s ({rate:F0}/s) -> {db}")).ConfigureAwait(false);
    }

    private sealed class ProgressTo(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Value = Math.Min(value, task.MaxValue);
    }
}
