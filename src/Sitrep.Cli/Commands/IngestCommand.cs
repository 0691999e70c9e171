using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Ingest;
using Sitrep.Core.Diagnostics;
using Sitrep.Text.Ingest;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep ingest PATH… [--db FILE] [--data-root DIR] [--max-bytes N] [--gazetteer FILE] [--verbs FILE] [--id NAME]
/// [--progress-every SECONDS] [--db-max-bytes N]</c>.
/// </summary>
internal static class IngestCommand
{
    /// <summary>Exit code when any input failed (the rest were stored).</summary>
    public const int ExitSomeFailed = ExitCodes.SomeInputsFailed;

    /// <summary>Most replaced documents named one per line on stderr; the rest are counted in one more line.</summary>
    public const int ReplacementsShown = 20;

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
        var id = new Option<string?>("--id") { Description = "Id of the article read from stdin (-); by default stdin- and the start of its content's SHA-256" };
        var progressEvery = new Option<double>("--progress-every") { Description = "When output is not a terminal, a progress line on stderr every SECONDS (0: none)", DefaultValueFactory = _ => environment.ProgressSeconds };
        var dbMaxBytes = new Option<long?>("--db-max-bytes") { Description = "Largest size the database may grow to, in bytes; past it ingest stops as on a full disk" };
        var command = new Command("ingest", "Read articles, analyse them and store the results") { paths, db, dataRoot, maxBytes, gazetteer, verbs, id, progressEvery, dbMaxBytes };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var inputs = parse.GetValue(paths)!;
            if (await CheckAsync(inputs, parse.GetValue(id), parse.GetValue(progressEvery), parse.GetValue(dbMaxBytes), error).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }

            var request = new IngestRequest(inputs, parse.GetValue(db)!, parse.GetValue(dataRoot), parse.GetValue(maxBytes))
            {
                Gazetteer = parse.GetValue(gazetteer)?.FullName,
                Verbs = parse.GetValue(verbs)?.FullName,
                StdinId = parse.GetValue(id),
                DbMaxBytes = parse.GetValue(dbMaxBytes),
            };
            var every = parse.GetValue(progressEvery);
            var report = await RunWithProgressAsync(request, environment, output, error, every > 0 ? TimeSpan.FromSeconds(every) : null, ct).ConfigureAwait(false);
            await PrintAsync(report, request.DbPath, output, error).ConfigureAwait(false);
            return report.Interrupted ? ExitCodes.Interrupted : report.Failed > 0 ? ExitSomeFailed : 0;
        });
        return command;
    }

    // Refuses, before any database is opened or created, what cannot work: a path that does not exist (issue 9 point 3),
    // --id without stdin, a negative interval or size. Returns the exit code, or null when all is well.
    private static async Task<int?> CheckAsync(string[] paths, string? id, double progressEvery, long? dbMaxBytes, TextWriter error)
    {
        var missing = paths.Where(p => p != InputReader.StdinPath && !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing)
        {
            await error.WriteLineAsync($"sitrep: no such file or directory: '{path}'; check the path (nothing was ingested).").ConfigureAwait(false);
        }

        if (missing.Count > 0)
        {
            return ExitCodes.InputNotFound;
        }

        var problem = id is not null && (string.IsNullOrWhiteSpace(id) || !paths.Contains(InputReader.StdinPath))
            ? "--id names the article read from stdin: give a non-empty NAME and - as a PATH."
            : progressEvery < 0 || double.IsNaN(progressEvery) ? "--progress-every takes a number of seconds, 0 or more."
            : dbMaxBytes <= 0 ? "--db-max-bytes takes a size in bytes, more than 0."
            : null;
        if (problem is null)
        {
            return null;
        }

        await error.WriteLineAsync($"sitrep: {problem}").ConfigureAwait(false);
        return ExitCodes.Usage;
    }

    /// <summary>
    /// Runs the request: with a progress bar when output is a terminal and there are more than a few inputs; otherwise,
    /// when <paramref name="progressEvery"/> is given, with a progress line on <paramref name="error"/> at that interval.
    /// </summary>
    public static async Task<IngestReport> RunWithProgressAsync(IngestRequest request, CliEnvironment environment, TextWriter output, TextWriter? error, TimeSpan? progressEvery, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!environment.IsTerminal)
        {
            if (error is null || progressEvery is not { } every)
            {
                return await IngestRunner.RunAsync(request, environment, null, ct).ConfigureAwait(false);
            }

            var line = new ProgressLine(error, every);
            await using (line.ConfigureAwait(false))
            {
                return await IngestRunner.RunAsync(request, environment, line, ct).ConfigureAwait(false);
            }
        }

        var expanded = InputReader.Expand(request.Paths);
        if (expanded.Count + (expanded.Any(p => InputReader.FormatOf(p) == InputFormat.JsonLines) ? ProgressThreshold : 0) <= ProgressThreshold)
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

    /// <summary>
    /// Prints the summary line on stdout and on stderr each failure by name with its reason, each replaced document (up
    /// to <see cref="ReplacementsShown"/>, issue 9 point 4) and, after Ctrl-C, what to do next.
    /// </summary>
    public static async Task PrintAsync(IngestReport report, string db, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        foreach (var w in report.Warnings)
        {
            await error.WriteLineAsync($"warning: {w}").ConfigureAwait(false);
        }

        foreach (var f in report.Failures)
        {
            await error.WriteLineAsync($"failed: {f.Source}: {DiagnosticCatalog.Id(f.Code)} {f.Reason}").ConfigureAwait(false);
        }

        foreach (var r in report.Replacements.Take(ReplacementsShown))
        {
            var why = r.SameText ? "same text, analysed again because the pipeline or its data changed" : "its stored text was replaced by this input's";
            await error.WriteLineAsync($"replaced: {r.DocumentId} from {r.Source}: {why}").ConfigureAwait(false);
        }

        if (report.Replacements.Length > ReplacementsShown)
        {
            await error.WriteLineAsync($"replaced: {report.Replacements.Length - ReplacementsShown} more (sitrep list shows every stored document)").ConfigureAwait(false);
        }

        if (report.Interrupted)
        {
            await error.WriteLineAsync($"interrupted: the {report.Total} inputs handled before Ctrl-C are committed; run the same command again to do the rest (nothing is stored twice).").ConfigureAwait(false);
        }

        var rate = report.Elapsed.TotalSeconds > 0 ? report.Total / report.Elapsed.TotalSeconds : 0;
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Stored} stored, {report.Replaced} replaced, {report.Unchanged} unchanged, {report.Failed} failed in {report.Elapsed.TotalSeconds:F1} s ({rate:F0}/s) -> {db}")).ConfigureAwait(false);
    }

    private sealed class ProgressTo(ProgressTask task) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => task.Value = Math.Min(value.Handled, task.MaxValue);
    }
}
