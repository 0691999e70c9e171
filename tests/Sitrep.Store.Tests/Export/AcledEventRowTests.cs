using System.Text.RegularExpressions;
using Sitrep.Core.Model;
using Sitrep.Store.Export;

namespace Sitrep.Store.Tests.Export;

/// <summary>The ACLED event CSV (issue 8 point 7: <c>--what events --schema acled</c>).</summary>
[Trait("Issue", "8")]
public sealed partial class AcledEventRowTests
{
    private const string Header =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,"
        + "interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities";

    private static async Task<string> ExportAsync(AcledGeography? geography, params Document[] docs)
    {
        using var writer = new StringWriter();
        await CsvExporter.WriteEventsAsync(docs.ToAsyncEnumerable(), writer, EventSchema.Acled, geography);
        return writer.ToString();
    }

    private static async Task<List<Dictionary<string, string>>> RowsAsync(AcledGeography? geography, params Document[] docs)
    {
        var table = CsvText.Parse(await ExportAsync(geography, docs));
        var header = table[0];
        return [.. table.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))];
    }

    [Fact]
    public async Task WriteEventsAsync_Acled_HeaderIsAcledsColumnsInOrder()
    {
        var csv = await ExportAsync(AcledSamples.Geography, AcledSamples.Document());

        Assert.StartsWith(Header + "\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(Header.Split(','), AcledEventRow.Columns);
    }

    [Fact]
    public async Task WriteEventsAsync_Acled_OnlyEventsWithSubEventTypeAreRows()
    {
        var rows = await RowsAsync(AcledSamples.Geography, AcledSamples.Document());

        // Events 3 (a diplomatic expulsion: CASE label outside ACLED) and 4 (untyped) are not ACLED events.
        Assert.Equal(["Violent demonstration", "Attack", "Air/drone strike", "Peaceful protest"], rows.Select(r => r["sub_event_type"]));
        Assert.All(rows, r => Assert.Equal(AcledEventRow.Columns.Count, r.Count));
    }

    [Fact]
    [Trait("Issue", "8")]
    public async Task WriteEventsAsync_Acled_TypeOnlyReportedBySentence_NoRow()
    {
        // "The army said it had retaken the town": the statement carries the sentence's type but is not the act.
        var doc = AcledSamples.Document();
        var first = doc.Events.First(e => e.Acled?.SubEventType is not null);
        var reported = doc with { Events = [.. doc.Events.Select(e => e == first ? e with { Acled = e.Acled! with { Reported = true } } : e)] };
        var rows = await RowsAsync(AcledSamples.Geography, reported);
        Assert.Equal(["Attack", "Air/drone strike", "Peaceful protest"], rows.Select(r => r["sub_event_type"]));
    }

    [Fact]
    public async Task WriteEventsAsync_Acled_RowFieldsInAcledConventions()
    {
        var r = (await RowsAsync(AcledSamples.Geography, AcledSamples.Document()))[0];

        Assert.Equal(("2020-01-06", "2020", "1"), (r["event_date"], r["year"], r["time_precision"]));
        Assert.Equal(("Demonstrations", "Riots", "Violent demonstration"), (r["disorder_type"], r["event_type"], r["sub_event_type"]));
        Assert.Equal(("Police Forces of India", "", "1"), (r["actor1"], r["assoc_actor_1"], r["inter1"]));
        Assert.Equal(("Rioters (India)", "", "5"), (r["actor2"], r["assoc_actor_2"], r["inter2"]));
        Assert.Equal(("15", ""), (r["interaction"], r["civilian_targeting"]));
        Assert.Equal(("356", "South Asia", "India"), (r["iso"], r["region"], r["country"]));
        Assert.Equal(("Gujarat", "", ""), (r["admin1"], r["admin2"], r["admin3"]));
        Assert.Equal(("Ahmedabad", "23.0258", "72.5873", "1"), (r["location"], r["latitude"], r["longitude"], r["geo_precision"]));
        Assert.Equal(("Reuters", ""), (r["source"], r["source_scale"]));
        Assert.Equal("Police fired tear gas at rioters in Ahmedabad on Monday, killing 2.", r["notes"]);
        Assert.Equal("2", r["fatalities"]);
        Assert.StartsWith("IND", r["event_id_cnty"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteEventsAsync_Acled_CiviliansTargetedByUnnamedGroup()
    {
        var r = (await RowsAsync(AcledSamples.Geography, AcledSamples.Document()))[1];

        Assert.Equal(("Unidentified Armed Group (Nigeria)", "3", "Civilians (Nigeria)", "7"), (r["actor1"], r["inter1"], r["actor2"], r["inter2"]));
        Assert.Equal(("37", AcledEventRow.CivilianTargetingValue), (r["interaction"], r["civilian_targeting"]));
        Assert.Equal(("2020-01-03", "2", "2", "6"), (r["event_date"], r["time_precision"], r["geo_precision"], r["fatalities"]));
        Assert.Equal(("566", "Western Africa", "Nigeria", ""), (r["iso"], r["region"], r["country"], r["admin1"]));
        Assert.Equal("Maiduguri", r["location"]); // placed at the nearest town the document names: ACLED's geo-precision 2

    }

    [Fact]
    public async Task WriteEventsAsync_Acled_OneSidedEventAndNoFatalitiesStated()
    {
        var rows = await RowsAsync(AcledSamples.Geography, AcledSamples.Document());

        Assert.Equal(("Military Forces of Libya", "", "10", "3", "2019-12-01", "3", "0"), (rows[2]["actor1"], rows[2]["actor2"], rows[2]["interaction"], rows[2]["time_precision"], rows[2]["event_date"], rows[2]["geo_precision"], rows[2]["fatalities"]));
        Assert.Equal(("Protesters (India)", "6", "60", ""), (rows[3]["actor1"], rows[3]["inter1"], rows[3]["interaction"], rows[3]["inter2"]));
    }

    [Fact]
    public async Task WriteEventsAsync_Acled_NotesWithCommasQuotesAndLineBreaksQuoted()
    {
        var csv = await ExportAsync(AcledSamples.Geography, AcledSamples.Document());
        var rows = await RowsAsync(AcledSamples.Geography, AcledSamples.Document());

        Assert.Contains(",\"Gunmen attacked a village near Maiduguri, killing 6 \"\"unarmed\"\" civilians, witnesses said.\",6\r\n", csv, StringComparison.Ordinal);
        Assert.Contains(",\"Indian protesters marched\nin Delhi.\",0\r\n", csv, StringComparison.Ordinal);
        Assert.Equal("Gunmen attacked a village near Maiduguri, killing 6 \"unarmed\" civilians, witnesses said.", rows[1]["notes"]);
        Assert.Equal("Indian protesters marched\nin Delhi.", rows[3]["notes"]);
    }

    [Fact]
    public async Task WriteEventsAsync_Acled_IdsStableAcrossExportsAndOtherDocuments()
    {
        var doc = AcledSamples.Document();
        var alone = (await RowsAsync(AcledSamples.Geography, doc)).Select(r => r["event_id_cnty"]).ToList();
        var again = (await RowsAsync(AcledSamples.Geography, doc)).Select(r => r["event_id_cnty"]).ToList();
        var withOthers = (await RowsAsync(AcledSamples.Geography, AcledSamples.Document("acled-0"), doc, AcledSamples.Document("acled-2")))
            .Select(r => r["event_id_cnty"]).ToList();

        Assert.Equal(alone, again);
        Assert.Equal(alone, withOthers.Skip(4).Take(4));
        Assert.Equal(12, withOthers.Distinct().Count());
        Assert.All(withOthers, id => Assert.Matches(IdPattern(), id));

        // The position is the event's place among all the document's events, as in the GDELT export (id#1 … id#6).
        Assert.Equal(["001", "002", "003", "006"], alone.Select(id => id[^3..]));
        Assert.Equal(["IND", "NGA", "LBY", "IND"], alone.Select(id => id[..3]));
    }

    [Fact]
    public void Of_TwoDocumentsWithTheSameHash_LaterTakesNextNumber()
    {
        var ids = new AcledEventIds(_ => 41);

        var first = ids.Of("LBY", "a", 0);
        var second = ids.Of("LBY", "b", 0);

        Assert.Equal("LBY000000000000041001", first);
        Assert.Equal("LBY000000000000042001", second);
        Assert.Equal(first, ids.Of("LBY", "a", 0));
    }

    [Fact]
    public async Task WriteEventsAsync_NoGeography_PlaceKeptCountryColumnsEmpty()
    {
        var r = (await RowsAsync(AcledGeography.None, AcledSamples.Document()))[0];

        Assert.StartsWith(AcledEventIds.NoCountry, r["event_id_cnty"], StringComparison.Ordinal);
        Assert.Equal(("", "", "", ""), (r["iso"], r["region"], r["country"], r["admin1"]));
        Assert.Equal(("Ahmedabad", "1"), (r["location"], r["geo_precision"]));
        Assert.Equal("Police Forces", r["actor1"]);
    }

    [Theory]
    [InlineData(AcledActorCategory.StateForces, AcledActorCategory.Civilians, 17)]
    [InlineData(AcledActorCategory.Civilians, AcledActorCategory.StateForces, 17)]
    [InlineData(AcledActorCategory.RebelGroup, AcledActorCategory.RebelGroup, 22)]
    [InlineData(AcledActorCategory.ExternalOther, AcledActorCategory.StateForces, 18)]
    [InlineData(AcledActorCategory.Protesters, null, 60)]
    [InlineData(AcledActorCategory.PoliticalMilitia, AcledActorCategory.None, null)]
    [InlineData(AcledActorCategory.None, AcledActorCategory.Civilians, null)]
    public void Interaction_Categories_LowerCodeFirstOrTimesTen(AcledActorCategory source, AcledActorCategory? target, int? expected) =>
        Assert.Equal(expected, AcledEventRow.Interaction(Actor(source), target is { } t ? Actor(t) : null));

    [Fact]
    public void Interaction_NoSource_Null() => Assert.Null(AcledEventRow.Interaction(null, Actor(AcledActorCategory.Civilians)));

    [Theory]
    [InlineData(AcledActorCategory.Civilians, "Civilian targeting")]
    [InlineData(AcledActorCategory.Protesters, null)]
    [InlineData(AcledActorCategory.None, null)]
    public void CivilianTargeting_Target_OnlyForCivilians(AcledActorCategory target, string? expected) =>
        Assert.Equal(expected, AcledEventRow.CivilianTargeting(Actor(target)));

    [Theory]
    [InlineData(DatePrecision.Day, 0, 1)]
    [InlineData(DatePrecision.Range, 2, 2)]
    [InlineData(DatePrecision.Range, 6, 2)] // seven days: within a week
    [InlineData(DatePrecision.Range, 7, 3)]
    [InlineData(DatePrecision.Month, 30, 3)]
    [InlineData(DatePrecision.Year, 364, 3)]
    public void TimePrecision_Date_AcledCode(DatePrecision precision, int extraDays, int expected)
    {
        var start = new DateOnly(2020, 1, 1);
        Assert.Equal(expected, AcledEventRow.TimePrecision(new EventDate(start, start.AddDays(extraDays), precision, default, "test")));
    }

    [Fact]
    public void TimePrecision_NoDate_Null() => Assert.Null(AcledEventRow.TimePrecision(null));

    [Theory]
    [InlineData(GeoPrecision.City, "PPL", "prior", 1)]
    [InlineData(GeoPrecision.Region, "PPL", "near Maiduguri", 2)] // set at the nearest town (approximate)
    [InlineData(GeoPrecision.Region, "AIRP", "facility", 2)] // a site inside a region
    [InlineData(GeoPrecision.Region, "ADM3", "prior", 2)]
    [InlineData(GeoPrecision.Region, "ADM1", "prior", 3)]
    [InlineData(GeoPrecision.Region, "ADM2", "prior", 3)]
    [InlineData(GeoPrecision.Region, "RGN", "compass", 3)] // "eastern Libya"
    [InlineData(GeoPrecision.Country, "PCLI", "focus", 3)]
    public void GeoPrecisionCode_Place_AcledCode(GeoPrecision precision, string feature, string rule, int expected)
    {
        var place = new ResolvedPlace(new TextSpan(0, 1), "x", PlaceRole.Mention, rule.StartsWith("near ", StringComparison.Ordinal) ? null : 1, "x", 1, 1, "LY", feature, 0.5, [], rule);
        Assert.Equal(expected, AcledEventRow.GeoPrecisionCode(new EventPlace(place, precision, "clause")));
    }

    [Fact]
    public void GeoPrecisionCode_NoPlace_Null() => Assert.Null(AcledEventRow.GeoPrecisionCode(null));

    [Theory]
    [InlineData("LBYMIL", AcledActorCategory.StateForces, false, "Military Forces of Libya")]
    [InlineData("SYRCOP", AcledActorCategory.StateForces, false, "Police Forces of Syria")]
    [InlineData("LBYGOV", AcledActorCategory.None, false, "Government of Libya")]
    [InlineData("LBYMILREB", AcledActorCategory.RebelGroup, false, "Libyan defectors")] // not a plain state organ: its own name
    [InlineData("IMGMUSISI", AcledActorCategory.RebelGroup, false, "Libyan defectors")]
    [InlineData("IND", AcledActorCategory.Rioters, false, "Rioters (India)")]
    [InlineData("CVL", AcledActorCategory.Civilians, false, "Civilians (Libya)")] // no country in the code: the event's
    [InlineData("NGACOP", AcledActorCategory.StateForces, true, "Police Forces of Nigeria")] // generic: its label
    [InlineData("COP", AcledActorCategory.StateForces, true, "Police Forces of Libya")]
    public void ActorName_Actor_AcledStyle(string code, AcledActorCategory category, bool generic, string expected)
    {
        var doc = new Document("n", "Libyan defectors and police") { GenericActors = [new GenericActor(new TextSpan(21, 27), new TextSpan(21, 27), ActorCode.Parse("COP"), AcledActorCategory.StateForces, "Police Forces", null, "test")] };
        var span = generic ? new TextSpan(21, 27) : new TextSpan(0, 16);
        var actor = new EventActor(ActorCode.Parse(code), doc.TextOf(span), span, null) { Category = category, Generic = generic };

        Assert.Equal(expected, AcledActorNames.Of(doc, actor, AcledSamples.Geography.CountryOfIso2("LY"), AcledSamples.Geography));
    }

    private static EventActor Actor(AcledActorCategory category) => new(ActorCode.Parse("XXX"), "x", new TextSpan(0, 1), null) { Category = category };

    [GeneratedRegex(@"^[A-Z]{3}\d{15}\d{3,}$", RegexOptions.None, 1000)]
    private static partial Regex IdPattern();
}
