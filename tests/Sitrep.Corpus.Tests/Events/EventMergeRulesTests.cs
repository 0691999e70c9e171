using Sitrep.Core.Model;
using Sitrep.Corpus.Events;

namespace Sitrep.Corpus.Tests.Events;

/// <summary>Each criterion of the merge rule, with compatible and incompatible pairs (issue 10 point 2).</summary>
[Trait("Issue", "10")]
public sealed class EventMergeRulesTests
{
    private static readonly EventMergeOptions Options = EventMergeOptions.Default;

    // Tripoli, Tajoura (20 km east), Misrata (190 km east), Benghazi; Libya; a Tripolitania-like region box.
    private static readonly MentionPlace Tripoli = new(2210247, "Tripoli", "LY", GeoPrecision.City, 32.8925, 13.1800, null);
    private static readonly MentionPlace Tajoura = new(2210221, "Tajoura", "LY", GeoPrecision.City, 32.8817, 13.3506, null);
    private static readonly MentionPlace Misrata = new(2214846, "Misratah", "LY", GeoPrecision.City, 32.3754, 15.0925, null);
    private static readonly MentionPlace Libya = new(2215636, "Libya", "LY", GeoPrecision.Country, 28.0, 17.0, null);
    private static readonly MentionPlace Tunisia = new(2464461, "Tunisia", "TN", GeoPrecision.Country, 34.0, 9.0, null);
    private static readonly MentionPlace West = new(null, "western Libya", "LY", GeoPrecision.Region, 31.0, 12.0, new GeoBox(9.3, 25.0, 16.0, 33.2));
    private static readonly MentionPlace East = new(null, "eastern Libya", "LY", GeoPrecision.Region, 29.0, 22.0, new GeoBox(18.0, 20.0, 25.2, 33.0));

    private static EventMention Mention(string code, MentionPlace? place = null, MentionDate? date = null, DateOnly? report = null, string source = "LBYMIL", string target = "LBYGOV") =>
        new(source, target, EventCode.Parse(code), -10, PloverCategory.Assault, place, date, report);

    private static MentionDate Day(int d) => new(new DateOnly(2020, 1, d), new DateOnly(2020, 1, d), DatePrecision.Day);

    [Theory]
    [InlineData("193", "193", true)]
    [InlineData("190", "193", true)]
    [InlineData("19", "1951", true)]
    [InlineData("195", "1951", true)]
    [InlineData("193", "194", false)]
    [InlineData("1951", "1952", false)]
    [InlineData("190", "180", false)]
    [InlineData("042", "043", false)]
    public void CodesCompatible_Pairs(string a, string b, bool expected)
    {
        Assert.Equal(expected, EventMergeRules.CodesCompatible(EventCode.Parse(a), EventCode.Parse(b)));
        Assert.Equal(expected, EventMergeRules.CodesCompatible(EventCode.Parse(b), EventCode.Parse(a)));
    }

    public static TheoryData<string, bool> PlacePairs => new()
    {
        { "same id", true },
        { "country contains its city", true },
        { "region box contains city", true },
        { "cities 16 km apart", true },
        { "cities 190 km apart", false },
        { "two countries", false },
        { "region does not contain city", false },
        { "no place and a place", true },
    };

    [Theory]
    [MemberData(nameof(PlacePairs))]
    public void PlacesCompatible_Pairs(string pair, bool expected)
    {
        var (a, b) = pair switch
        {
            "same id" => (Tripoli, Tripoli with { Name = "Tarabulus" }),
            "country contains its city" => (Libya, Misrata),
            "region box contains city" => (West, Tripoli),
            "cities 16 km apart" => (Tripoli, Tajoura),
            "cities 190 km apart" => (Tripoli, Misrata),
            "two countries" => (Tunisia, Tripoli),
            "region does not contain city" => (East, Tripoli),
            _ => (null, Tripoli),
        };
        Assert.Equal(expected, EventMergeRules.PlacesCompatible(a, b, Options));
        Assert.Equal(expected, EventMergeRules.PlacesCompatible(b, a, Options));
    }

    [Fact]
    public void PlacesCompatible_FocusCountry_IsNoEvidenceAgainstAnotherCountry()
    {
        Assert.False(EventMergeRules.PlacesCompatible(Tunisia, Tripoli, Options));
        Assert.True(EventMergeRules.PlacesCompatible(Tunisia with { Inferred = true }, Tripoli, Options));
        var state = EventMergeRules.Start(Mention("190", Tunisia with { Inferred = true }, Day(6)), Options);
        Assert.Equal(Libya, EventMergeRules.Merge(state, Mention("190", Libya, Day(6)), Options).Place); // a stated place outranks a guess
    }

    [Fact]
    public void PlacesCompatible_RegionWithoutExtent_UsesTheRegionDistance()
    {
        var region = West with { Bounds = null, Latitude = 32.0, Longitude = 13.0 };
        Assert.True(EventMergeRules.PlacesCompatible(region, Tripoli, Options));
        Assert.False(EventMergeRules.PlacesCompatible(region, Tripoli, Options with { RegionDistanceKm = 50 }));
    }

    [Fact]
    public void CanMerge_DifferentDyad_IsFalse()
    {
        var state = EventMergeRules.Start(Mention("190", Tripoli, Day(6)), Options);
        Assert.False(EventMergeRules.CanMerge(state, Mention("190", Tripoli, Day(6), source: "LBYGOV", target: "LBYMIL"), Options));
        Assert.False(EventMergeRules.CanMerge(state, Mention("190", Tripoli, Day(6), target: string.Empty), Options));
        Assert.True(EventMergeRules.CanMerge(state, Mention("193", Tripoli, Day(6)), Options));
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(7, true)] // within the 1-day tolerance
    [InlineData(9, false)]
    public void CanMerge_DayDates_OverlapWithinTheTolerance(int day, bool expected) =>
        Assert.Equal(expected, EventMergeRules.CanMerge(EventMergeRules.Start(Mention("190", Tripoli, Day(6)), Options), Mention("190", Tripoli, Day(day)), Options));

    [Fact]
    public void CanMerge_MonthDate_ContainsItsDays()
    {
        var month = new MentionDate(new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 31), DatePrecision.Month);
        var state = EventMergeRules.Start(Mention("190", Tripoli, month), Options);
        Assert.True(EventMergeRules.CanMerge(state, Mention("190", Tripoli, Day(20)), Options));
        Assert.False(EventMergeRules.CanMerge(state, Mention("190", Tripoli, new MentionDate(new DateOnly(2020, 3, 2), new DateOnly(2020, 3, 2), DatePrecision.Day)), Options));
    }

    [Fact]
    public void CanMerge_UndatedMention_UsesItsArticleDateWindow()
    {
        var state = EventMergeRules.Start(Mention("190", Tripoli, Day(6)), Options);
        Assert.True(EventMergeRules.CanMerge(state, Mention("190", Tripoli, report: new DateOnly(2020, 1, 8)), Options));
        Assert.False(EventMergeRules.CanMerge(state, Mention("190", Tripoli, report: new DateOnly(2020, 1, 20)), Options));
        Assert.True(EventMergeRules.CanMerge(state, Mention("190", Tripoli), Options)); // nothing dates it: any day
    }

    [Fact]
    public void Merge_KeepsTheMostSpecificCodeThePrecisePlaceAndTheNarrowestDate()
    {
        var month = new MentionDate(new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 31), DatePrecision.Month);
        var state = EventMergeRules.Start(Mention("190", Libya, month), Options);
        state = EventMergeRules.Merge(state, Mention("193", Tripoli, Day(6)), Options);
        state = EventMergeRules.Merge(state, Mention("19", Libya, null, new DateOnly(2020, 1, 8)), Options);
        Assert.Equal("193", state.Code.Value);
        Assert.Equal(Tripoli, state.Place);
        Assert.Equal(Day(6), state.Date);
        Assert.Equal(new DayRange(new DateOnly(2020, 1, 5), new DateOnly(2020, 1, 7)), state.Range);
        // Once the event is in Tripoli on the 6th, a Misrata report of the same code is another event.
        Assert.False(EventMergeRules.CanMerge(state, Mention("193", Misrata, Day(6)), Options));
    }

    [Fact]
    public void Cluster_MergesCompatibleMentionsAndKeepsEveryMention()
    {
        EventMention[] mentions = [Mention("190", Tripoli, Day(6)), Mention("193", Misrata, Day(6)), Mention("193", Tajoura, Day(7)), Mention("042", Tripoli, Day(6))];
        var events = EventClusterer.Cluster(mentions, Options);
        Assert.Equal([[0, 2], [1], [3]], events.Select(e => e.Mentions.ToArray()));
        Assert.Equal(mentions.Length, events.Sum(e => e.Mentions.Length));
    }

    [Theory]
    [InlineData("a:Reuters b:Reuters", 1)]   // two stories of one outlet
    [InlineData("a:Reuters a:Yahoo", 1)]     // one story carried by two outlets
    [InlineData("a:Reuters b:AP", 2)]
    [InlineData("a: b:", 2)]                 // no outlet known: each story is a source
    [InlineData("a: a: b:AP c:AP a:AP", 1)]
    public void SourceCount_LinksStoriesAndOutlets(string articles, int expected)
    {
        var pairs = articles.Split(' ').Select(x => x.Split(':')).Select(x => (x[0], x[1].Length == 0 ? null : x[1]));
        Assert.Equal(expected, SourceCount.Of(pairs.Select(p => (p.Item1, (string?)p.Item2))));
    }
}
