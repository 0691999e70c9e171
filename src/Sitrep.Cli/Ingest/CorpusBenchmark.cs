using System.Diagnostics;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Store.Sqlite;
using Sitrep.Text.Ingest;

namespace Sitrep.Cli.Ingest;

/// <summary>
/// Measures ingest speed on a corpus of JSONL files: reading, the pipeline alone in memory (parallel over documents),
/// and the pipeline plus the SQLite store (parallel pipeline, one writer). Used by <c>sitrep bench</c>.
/// </summary>
internal static class CorpusBenchmark
{
    /// <summary>Where the news corpus lies relative to the folder holding <c>shared/</c>.</summary>
    public const string CorpusRelative = "shared/data/news-corpus";

    /// <summary>Documents processed untimed first, so JIT and data loading are not counted.</summary>
    public const int WarmUp = 100;

    /// <summary>Finds the news corpus by walking up from the working directory, then from the program's directory.</summary>
    public static string? FindCorpus()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, CorpusRelative);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Reads up to <paramref name="limit"/> documents from the corpus's JSONL files, in file-name order.</summary>
    public static (List<Document> Documents, int Failed, TimeSpan Elapsed) Load(string corpus, int? limit)
    {
        var clock = Stopwatch.StartNew();
        var files = Directory.GetFiles(corpus, "*.jsonl").Order(StringComparer.Ordinal).ToList();
        var documents = new List<Document>();
        var failed = 0;
        foreach (var item in new InputReader().Read(files))
        {
            if (limit is { } max && documents.Count >= max)
            {
                break;
            }

            if (item.Succeeded)
            {
                documents.Add(item.Document);
            }
            else
            {
                failed++;
            }
        }

        return (documents, failed, clock.Elapsed);
    }

    /// <summary>Runs the pipeline over every document in parallel, in memory; returns time and stage failures.</summary>
    public static InMemoryReport InMemory(Pipeline pipeline, IReadOnlyList<Document> documents)
    {
        Parallel.ForEach(documents.Take(WarmUp), d => pipeline.Process(d));
        var failed = 0;
        long sentences = 0;
        long events = 0;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, d =>
        {
            try
            {
                var done = pipeline.Process(d);
                Interlocked.Add(ref sentences, done.Sentences.Length);
                Interlocked.Add(ref events, done.Events.Length);
            }
            catch (StageException)
            {
                // Counted, as the ingest policy RecordAndContinue would (STYLE §2).
                Interlocked.Increment(ref failed);
            }
        });
        return new InMemoryReport(clock.Elapsed, failed, sentences, events);
    }

    /// <summary>
    /// Ingests every document into a fresh SQLite file in a temp folder, deleted afterwards; also returns the time the
    /// store spent in its corpus indexes (issue 10's corpus stage), a part of the whole, and the CPU time the storing
    /// thread used in them (null where the system does not tell).
    /// </summary>
    public static async Task<(IngestReport Report, TimeSpan CorpusIndexes, TimeSpan? CorpusCpu)> WithStoreAsync(Pipeline pipeline, IReadOnlyList<Document> documents, CancellationToken ct)
    {
        var dir = Path.Combine(Path.GetTempPath(), "sitrep-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            await using var store = await SqliteDocumentStore.OpenAsync(Path.Combine(dir, "bench.db"), cancellationToken: ct).ConfigureAwait(false);
            var report = await new BatchIngestor(pipeline, store, BatchPolicy.RecordAndContinue)
                .RunAsync(documents.Select(d => InputItem.Ok("corpus", d)), null, null, ct).ConfigureAwait(false);
            var cost = store.CorpusIndexCost;
            return (report, cost.Elapsed, cost.Cpu);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Stores documents as they are (no pipeline), one transaction each, into a fresh temp file: the store's own cost.</summary>
    public static async Task<TimeSpan> StoreOnlyAsync(IReadOnlyList<Document> documents, CancellationToken ct)
    {
        var dir = Path.Combine(Path.GetTempPath(), "sitrep-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            await using var store = await SqliteDocumentStore.OpenAsync(Path.Combine(dir, "bench.db"), cancellationToken: ct).ConfigureAwait(false);
            var clock = Stopwatch.StartNew();
            foreach (var d in documents)
            {
                await store.SaveAsync(d, cancellationToken: ct).ConfigureAwait(false);
            }

            return clock.Elapsed;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Peak working set of this process so far, in MB.</summary>
    public static double PeakMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
