using BenchmarkDotNet.Attributes;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction;
using Sitrep.Extraction.Data;

namespace Sitrep.Benchmarks;

/// <summary>Reading and the default pipeline, per 1,000 news-corpus articles (STYLE §5).</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private byte[] _jsonl = [];
    private List<Document> _documents = [];
    private Pipeline _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _jsonl = CorpusSample.JsonLines();
        _documents = CorpusSample.Read(_jsonl);
        _pipeline = SitrepPipelines.CreateDefault(DataCatalog.Discover(AppContext.BaseDirectory));
    }

    [Benchmark(Description = "read 1,000 JSONL articles")]
    public int Read() => CorpusSample.Read(_jsonl).Count;

    [Benchmark(Description = "pipeline over 1,000 articles, one thread")]
    public int Pipeline()
    {
        var n = 0;
        foreach (var d in _documents)
        {
            n += _pipeline.Process(d).Tokens.Length;
        }

        return n;
    }

    [Benchmark(Description = "read + pipeline over 1,000 articles, all cores")]
    public int ReadAndPipelineParallel()
    {
        var docs = CorpusSample.Read(_jsonl);
        var n = 0;
        Parallel.ForEach(docs, d => Interlocked.Add(ref n, _pipeline.Process(d).Tokens.Length));
        return n;
    }
}
