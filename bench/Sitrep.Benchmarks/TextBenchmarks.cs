using BenchmarkDotNet.Attributes;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>The text layers alone (cleaner, tokenizer, sentence splitter), per 1,000 news-corpus articles (STYLE §5).</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private List<Document> _documents = [];
    private Pipeline _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = CorpusSample.Read(CorpusSample.JsonLines());
        _text = new PipelineBuilder().UseText().Build();
    }

    [Benchmark(Description = "clean + tokenize + split 1,000 articles, one thread")]
    public int Text()
    {
        var n = 0;
        foreach (var d in _documents)
        {
            n += _text.Process(d).Sentences.Length;
        }

        return n;
    }
}
