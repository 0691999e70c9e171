using Sitrep.Extraction.Gazetteers;
using Sitrep.Extraction.Places;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// Issue 9 point 11: a name only one entry holds ("D.C.") fixes that entry for the document's other names of it
/// ("Washington, D.C.", "Washington"), as strongly as being near it; constructed on the test gazetteer.
/// </summary>
public sealed class CoreferentNameTests
{
    private static readonly Gazetteer G = GeoTestKit.Gazetteer;
    private static readonly string Own = PlaceNames.Key("Mişrātah")!;

    private static int Posting(string key, int geonameId) => G.Find(key).ToArray().Single(p => G.GeonameIdAt(p >> 2) == geonameId);

    private static Evidence Score(PlaceContext context, int posting, string key) =>
        Evidence.Of(G, new GeocoderOptions(), context, posting, key, qualifier: -1, secondPass: true);

    [Fact]
    public void Evidence_EntryAnotherNameStandsFor_GetsTheProximityWeight()
    {
        var context = new PlaceContext(G);
        context.AddNamed("evergreen state", G.IndexOf(5815135));
        var state = Score(context, Posting("washington", 5815135), "washington");
        var city = Score(context, Posting("washington", 4140963), "washington");

        Assert.Equal(new GeocoderOptions().ProximityWeight, state.Named);
        Assert.Equal(0, city.Named);
        Assert.Contains("named so by another mention", state.Describe(G, G.IndexOf(5815135), null), StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_OnlyTheSameName_OrFirstPass_GetsNothing()
    {
        var context = new PlaceContext(G);
        context.AddNamed("washington", G.IndexOf(5815135));
        var posting = Posting("washington", 5815135);

        Assert.Equal(0, Score(context, posting, "washington").Named);
        Assert.Equal(0, Evidence.Of(G, new GeocoderOptions(), context, posting, "evergreen state", -1, secondPass: false).Named);
    }

    [Fact]
    public void Evidence_EntryHoldingTheNameOnlyAsAlternate_GetsNothing()
    {
        // Mişrātah holds "Misrata" as an alternate: a city named elsewhere does not take a name it does not own.
        var context = new PlaceContext(G);
        context.AddNamed("misurata", G.IndexOf(2214846));
        var alternate = Posting("misrata", 2214846);
        Assert.Equal(NameKind.Alternate, (NameKind)(alternate & 3));

        Assert.Equal(0, Score(context, alternate, "misrata").Named);
        Assert.Equal(new GeocoderOptions().ProximityWeight, Score(context, Posting(Own, 2214846), Own).Named);
    }
}
