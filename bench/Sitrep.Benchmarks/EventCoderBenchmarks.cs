using BenchmarkDotNet.Attributes;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Alignments;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Events.Documents;
using Sitrep.Extraction.Quotes;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>
/// The event coder alone (issue 3 speed bar), over 1,000 news-corpus articles whose earlier layers are already built;
/// divide the article sample's sentence count (printed at setup) by the time for sentences per second.
/// </summary>
[MemoryDiagnoser]
public class EventCoderBenchmarks
{
    private List<Document> _prepared = [];
    private EventCoder _coder = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = DataCatalog.Discover(AppContext.BaseDirectory);
        var upToActors = new PipelineBuilder().UseText().UseEntities(catalog).UseQuotes(catalog).UseActors(catalog).UseAlignments(catalog).Build();
        _prepared = [.. CorpusSample.Read(CorpusSample.JsonLines()).Select(d => upToActors.Process(d))];
        _coder = new EventCoder(catalog.EventDictionary());
        Console.WriteLine($"// event coder sample: {_prepared.Count} articles, {_prepared.Sum(d => d.Sentences.Length)} sentences");
    }

    [Benchmark(Description = "event coder over 1,000 prepared articles, one thread")]
    public int Code()
    {
        var n = 0;
        foreach (var d in _prepared)
        {
            n += _coder.Process(d, CancellationToken.None).Events.Length;
        }

        return n;
    }
}
