using BenchmarkDotNet.Attributes;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Dictionaries.Actors;

namespace Sitrep.Benchmarks;

/// <summary>Actor lookups: one <c>Match</c> per word position of news-like sentences (issue 3 speed bar).</summary>
[MemoryDiagnoser]
public class ActorDictionaryBenchmarks
{
    private static readonly DateOnly ArticleDate = new(2020, 1, 8);
    private ActorDictionary _actors = null!;
    private string[] _words = [];

    [GlobalSetup]
    public void Setup()
    {
        _actors = DataCatalog.Discover(AppContext.BaseDirectory).ActorDictionary();
        _words = ("Turkey will deploy military advisers and trainers to Libya to support the internationally recognised government "
            + "of Fayez al-Serraj against Khalifa Haftar ’s forces , Turkish officials said , while the U.N. and NATO watched "
            + "and Russian contractors of the Wagner Group fought alongside the LNA near Tripoli .").Split(' ');
    }

    [Benchmark(Description = "Match at every word of a 50-word passage")]
    public int MatchEveryWord()
    {
        var found = 0;
        for (var i = 0; i < _words.Length; i++)
        {
            found += _actors.Match(_words, i, ArticleDate) is null ? 0 : 1;
        }

        return found;
    }
}
