using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction;
using Sitrep.Extraction.Events.Documents;
using Sitrep.Extraction.Gazetteers;
using Sitrep.Store;
using Sitrep.Store.Sqlite;
using Sitrep.Text.Ingest;

namespace Sitrep.Cli.Ingest;

/// <summary>
/// Wires one ingest: data catalog → default pipeline → readers → <see cref="BatchIngestor"/> → SQLite, recording the run
/// with its stages, data-file stamps and configuration (STYLE A8).
/// </summary>
internal static class IngestRunner
{
    /// <summary>Runs the request. Bad inputs are recorded, never thrown.</summary>
    public static async Task<IngestReport> RunAsync(IngestRequest request, CliEnvironment environment, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        // The database first: one that cannot be used is told at once, not after the dictionaries load (issue 9 point 3).
        await using var store = await SqliteDocumentStore.OpenAsync(request.DbPath, new SqliteStoreOptions { MaxBytes = request.DbMaxBytes }, null, cancellationToken).ConfigureAwait(false);
        var catalog = CommonOptions.Catalog(request.DataRoot);
        if (request.Gazetteer is { } index)
        {
            catalog.UseGazetteerIndex(index); // issue 4: an imported GeoNames index
        }

        var extra = new List<string>();
        if (request.Gazetteer is not null)
        {
            extra.Add("gazetteer: " + catalog.Gazetteer().Stamp);
        }

        var problems = new List<Extraction.Dictionaries.Tabari.TabariFormatException>();
        if (request.Verbs is { } verbs)
        {
            extra.Add(catalog.UseVerbDictionary(verbs, problems).Source); // issue 3: the user's own verb dictionary
        }

        var pipeline = SitrepPipelines.CreateDefault(catalog);
        var reader = new InputReader(new ReaderOptions { MaxBytes = request.MaxBytes, StdinId = request.StdinId }, environment.OpenStdin);
        var config = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["db"] = Path.GetFullPath(request.DbPath),
            ["data_root"] = catalog.Root,
            ["inputs"] = request.Paths,
            ["max_bytes"] = request.MaxBytes,
            ["policy"] = nameof(BatchPolicy.RecordAndContinue),
            ["gazetteer"] = catalog.Gazetteer().Stamp,
            ["verbs"] = catalog.EventDictionary().Source,
        });

        // A chosen gazetteer index or verb dictionary is data outside the catalog: its stamp joins the signature, so that
        // changing it reprocesses what an earlier run stored.
        var run = new RunInfo([.. pipeline.StageNames], [.. catalog.LoadedStamps, .. extra], config);
        var runId = await store.BeginRunAsync(run, cancellationToken).ConfigureAwait(false);
        var report = await new BatchIngestor(pipeline, store, BatchPolicy.RecordAndContinue, pipelineSignature: run.Signature)
            .RunAsync(reader.Read(request.Paths), runId, progress, cancellationToken).ConfigureAwait(false);
        // Interrupted or not, the run record is closed with what was committed (issue 9 point 5); after Ctrl-C the token is
        // cancelled, so this last write does not take it.
        var status = report.Interrupted ? RunStatus.Interrupted : RunStatus.Finished;
        await store.FinishRunAsync(runId, new RunTotals(report.Stored + report.Replaced, report.Unchanged, report.Failed), [.. catalog.LoadedStamps, .. extra], status, report.Interrupted ? CancellationToken.None : cancellationToken).ConfigureAwait(false);
        return report with { Warnings = [.. problems.Select(p => $"skipped a line of the verb dictionary: {p.Message}")] };
    }

    /// <summary>How many inputs <paramref name="paths"/> hold, for a progress bar: one per file, one per JSONL line.</summary>
    public static int Estimate(IReadOnlyList<string> paths)
    {
        var total = 0;
        foreach (var path in paths)
        {
            total += InputReader.FormatOf(path) == InputFormat.JsonLines && File.Exists(path) ? CountLines(path) : 1;
        }

        return total;
    }

    private static int CountLines(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 16];
        int read, lines = 0;
        var last = (byte)'\n';
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }

        return last == (byte)'\n' ? lines : lines + 1;
    }

    /// <summary>An empty report for a batch that had nothing to do.</summary>
    public static IngestReport Empty => new(0, 0, 0, ImmutableArray<IngestFailure>.Empty, TimeSpan.Zero, null);
}
