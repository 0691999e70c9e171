using Sitrep.Corpus.Relations;
using static Sitrep.Corpus.Tests.Relations.RelationTestData;

namespace Sitrep.Corpus.Tests.Relations;

[Trait("Issue", "10")]
public sealed class RelationAggregatorTests
{
    private static readonly RelationEdge TurGna = Edge("TURGOV", "LBYGOV", "LBYMIL");
    private static readonly RelationEdge UaeLna = Edge("ARE", "LBYMIL");
    private static readonly RelationEdge RusSyr = Edge("RUS", "SYRGOV");

    private static readonly RelationEvidence[] Reports =
    [
        Report(TurGna, "a", "2019-12-20", "Reuters"),
        Report(TurGna, "b", "2020-01-08", "Reuters"),
        Report(TurGna, "c", "2020-02-01", "BBC"),
        Report(TurGna, "c", "2020-02-01", "BBC", start: 100),
        Report(UaeLna, "b", "2020-01-08", "Reuters"),
        Report(RusSyr, "d", "2019-01-05", "AFP"),
        Report(RusSyr, "e", null, "AFP"),
    ];

    [Fact]
    public void Aggregate_NoAsOf_EveryReportCounted()
    {
        var all = RelationAggregator.Aggregate(Reports, RelationQuery.All);

        var tur = all.Single(r => r.Edge == TurGna);
        Assert.Equal((new DateOnly(2019, 12, 20), new DateOnly(2020, 2, 1), 3, 2, 4), (tur.First!.Value, tur.Last!.Value, tur.Documents, tur.Sources, tur.Evidence.Length));
        Assert.Equal(3, all.Length);
        Assert.Equal(2, all.Single(r => r.Edge == RusSyr).Documents); // the undated report counts when no date is asked
    }

    [Fact]
    public void Aggregate_AsOf_CountsAndLastDateAsOfThen()
    {
        var asOf = RelationAggregator.Aggregate(Reports, new RelationQuery { AsOf = new DateOnly(2020, 1, 31) });

        var tur = asOf.Single(r => r.Edge == TurGna);
        Assert.Equal((new DateOnly(2020, 1, 8), 2, 1), (tur.Last!.Value, tur.Documents, tur.Sources));
        Assert.DoesNotContain(tur.Evidence, e => e.DocumentId == "c");
        Assert.Equal(1, asOf.Single(r => r.Edge == RusSyr).Documents); // undated: left out once a date is asked
    }

    [Fact]
    public void Aggregate_BeforeTheFirstReport_Nothing() =>
        Assert.Empty(RelationAggregator.Aggregate(Reports, new RelationQuery { AsOf = new DateOnly(2018, 12, 31) }));

    [Fact]
    public void Aggregate_NotReportedForThePeriod_FlaggedStaleNotDropped()
    {
        var asOf = RelationAggregator.Aggregate(Reports, new RelationQuery { AsOf = new DateOnly(2020, 1, 31), StaleAfterDays = 180 });

        Assert.True(asOf.Single(r => r.Edge == RusSyr).Stale); // last 2019-01-05, a year before
        Assert.False(asOf.Single(r => r.Edge == TurGna).Stale);
    }

    [Theory]
    [InlineData(26, false)] // 2020-01-05 + 26 days = 2020-01-31: exactly the period is not stale
    [InlineData(25, true)]
    public void IsStale_AtTheBoundary(int days, bool stale) =>
        Assert.Equal(stale, RelationAggregator.IsStale(new DateOnly(2020, 1, 5), new DateOnly(2020, 1, 31), days));

    [Fact]
    public void IsStale_Undated_Never() => Assert.False(RelationAggregator.IsStale(null, new DateOnly(2020, 1, 31), 0));

    [Fact]
    public void Aggregate_NoAsOf_StaleFromTheNewestReport()
    {
        var all = RelationAggregator.Aggregate(Reports, new RelationQuery { StaleAfterDays = 30 });

        Assert.Equal(["RUS -> SYRGOV"], all.Where(r => r.Stale).Select(r => r.Edge.ToString()));
    }

    [Theory]
    [InlineData("LBY", 2)]
    [InlineData("lby", 2)]
    [InlineData("LBYMIL", 2)] // TURGOV -> LBYGOV is against LBYMIL: the opposed side counts too
    [InlineData("SYR", 1)]
    [InlineData("FRA", 0)]
    public void Aggregate_Country_AnyPartyStartsWithIt(string country, int edges) =>
        Assert.Equal(edges, RelationAggregator.Aggregate(Reports, new RelationQuery { Country = country }).Length);

    [Fact]
    public void Aggregate_Order_SourcesThenDocumentsThenCodes()
    {
        var all = RelationAggregator.Aggregate(Reports, RelationQuery.All);

        Assert.Equal([TurGna, RusSyr, UaeLna], all.Select(r => r.Edge));
    }

    [Fact]
    public void Aggregate_InputOrder_SameAnswer()
    {
        var forward = RelationAggregator.Aggregate(Reports, RelationQuery.All);
        var backward = RelationAggregator.Aggregate(Reports.Reverse(), RelationQuery.All);

        Assert.Equal(forward.Select(r => (r.Edge, r.Documents, r.Sources)), backward.Select(r => (r.Edge, r.Documents, r.Sources)));
        Assert.Equal(forward.SelectMany(r => r.Evidence), backward.SelectMany(r => r.Evidence));
    }

    [Fact]
    public void Aggregate_NegativeStalePeriod_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RelationAggregator.Aggregate(Reports, new RelationQuery { StaleAfterDays = -1 }));
}
