using BenchmarkDotNet.Attributes;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Data;
using Sitrep.Store.Sqlite;

namespace Sitrep.Benchmarks;

/// <summary>SQLite ingest of 1,000 processed articles into a fresh file (one transaction per document).</summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private List<Document> _processed = [];
    private string _dir = string.Empty;
    private SqliteDocumentStore? _store;

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
        _store = SqliteDocumentStore.OpenAsync(Path.Combine(_dir, "bench.db")).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void Close()
    {
        _store!.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_dir, recursive: true);
    }

    [Benchmark(Description = "SQLite: store 1,000 processed articles")]
    public async Task<int> Store()
    {
        var n = 0;
        foreach (var d in _processed)
        {
            await _store!.SaveAsync(d);
            n++;
        }

        return n;
    }
}
