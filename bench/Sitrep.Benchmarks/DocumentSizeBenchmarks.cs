using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction;
using Sitrep.Extraction.Data;
using Sitrep.Store.Sqlite;

namespace Sitrep.Benchmarks;

/// <summary>
/// One plain-text document of growing size (a dump of Reuters articles, <see cref="CorpusSample.Dump"/>) through the
/// default pipeline and into SQLite: the curve must be linear (issue 9 point 1; the 8 MB time at most 2.5 × the 4 MB
/// time). Few iterations: the large sizes take seconds each.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class DocumentSizeBenchmarks
{
    private Pipeline _pipeline = null!;
    private Document _document = null!;

    /// <summary>Characters in the document.</summary>
    [Params(10_000, 100_000, 1_000_000, 2_000_000, 4_000_000, 8_000_000, 16_000_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = SitrepPipelines.CreateDefault(DataCatalog.Discover(AppContext.BaseDirectory));
        _document = new Document("dump", CorpusSample.Dump(Chars));
    }

    [Benchmark(Description = "pipeline + store, one document")]
    public async Task<int> PipelineAndStore()
    {
        var processed = _pipeline.Process(_document);
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory);
        await store.SaveAsync(processed);
        return processed.Mentions.Length;
    }
}
