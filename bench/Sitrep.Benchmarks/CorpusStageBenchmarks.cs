using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Data;
using Sitrep.Store.Sqlite;
using Sitrep.Store.Sqlite.Corpus;

namespace Sitrep.Benchmarks;

/// <summary>
/// Issue 10's corpus stage: storing 1,000 processed articles with no corpus index, with each index alone and with all
/// of them (the default). The difference to <c>none</c> is the index's own cost on top of writing the documents.
/// </summary>
[MemoryDiagnoser]
public class CorpusStageBenchmarks
{
    private List<Document> _processed = [];
    private string _dir = string.Empty;
    private SqliteDocumentStore? _store;

    /// <summary>Which corpus indexes the store keeps.</summary>
    [Params("none", "stories", "events", "actors", "relations", "all")]
    public string Indexes { get; set; } = "all";

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = SitrepPipelines.CreateDefault(DataCatalog.Discover(AppContext.BaseDirectory));
        _processed = [.. CorpusSample.Read(CorpusSample.JsonLines()).Select(d => pipeline.Process(d))];
    }

    [IterationSetup]
    public void OpenFreshStore()
    {
        _dir = Path.Combine(Path.GetTempPath(), "sitrep-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        ImmutableArray<ISqliteCorpusIndex>? indexes = Indexes switch
        {
            "none" => [],
            "stories" => [new StoriesIndex()],
            "events" => [new EventsCorpusIndex()],
            "actors" => [new ActorIndex()],
            "relations" => [new RelationsIndex()],
            _ => null,
        };
        _store = SqliteDocumentStore.OpenAsync(Path.Combine(_dir, "bench.db"), new SqliteStoreOptions { CorpusIndexes = indexes }).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void Close()
    {
        _store!.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_dir, recursive: true);
    }

    [Benchmark(Description = "SQLite: store 1,000 processed articles, batches of 64 as ingest does")]
    public async Task<int> Store()
    {
        var n = 0;
        foreach (var batch in _processed.Chunk(64))
        {
            n += (await _store!.SaveManyAsync([.. batch.Select(d => (d, (string?)null))])).Length;
        }

        return n;
    }
}
