using Sitrep.Core.Model;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Tests;

/// <summary><c>sitrep export --format csv --what events --schema acled|gdelt</c> (issue 8 point 7).</summary>
[Trait("Issue", "8")]
public sealed class ExportAcledCommandTests : IDisposable
{
    private const string Text = "TRIPOLI (Reuters) - Libyan forces carried out air strikes on Tripoli on Monday and killed 3.";

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    // The pipeline's ACLED typer is another part of issue 8: the document is built by hand and stored as ingest would.
    private async Task StoreTypedDocumentAsync()
    {
        static TextSpan Find(string s) => new(Text.IndexOf(s, StringComparison.Ordinal), Text.IndexOf(s, StringComparison.Ordinal) + s.Length);
        var tripoli = new ResolvedPlace(Find("Tripoli on"), "Tripoli", PlaceRole.Mention, 2210247, "Tripoli", 32.88743, 13.18733, "LY", "PPLC", 0.9, [], "prior");
        var sentence = new TextSpan(Find("Libyan forces").Start, Text.Length);
        var strike = new DocumentEvent(
            new EventActor(ActorCode.Parse("LBYMIL"), "Libyan forces", Find("Libyan forces"), null) { Category = AcledActorCategory.StateForces },
            null, EventCode.Parse("195"), -10, PloverCategory.Assault, Find("air strikes"), sentence, sentence,
            new EventDate(new DateOnly(2020, 1, 6), new DateOnly(2020, 1, 6), DatePrecision.Day, Find("on Monday"), "weekday"), 0.8, "test", false)
        {
            Place = new EventPlace(tripoli, GeoPrecision.City, "clause"),
            Acled = new AcledCoding(AcledEventType.ExplosionsRemoteViolence, AcledSubEventType.AirDroneStrike, AcledDisorderType.PoliticalViolence, CaseLabel.AIR_STRIKE, 0.9, "test"),
            Fatalities = new CasualtyCount(3, Find("killed 3"), false, "number+killed"),
        };
        var untyped = strike with { Acled = null };
        var doc = new Document("strike", Text, new DocumentMetadata { Source = "Reuters" })
        {
            Layers = [LayerKind.Events, LayerKind.Places],
            Places = [tripoli],
            Events = [strike, untyped],
        };
        await using var store = await SqliteDocumentStore.OpenAsync(_cli.Db);
        await store.SaveAsync(doc);
    }

    [Fact]
    public async Task Export_AcledSchema_AcledRowsWithCountryFactsAndAdmin1()
    {
        await StoreTypedDocumentAsync();

        var (exit, output, error) = await _cli.RunAsync("export", "--format", "csv", "--what", "events", "--schema", "acled", "--db", _cli.Db);

        Assert.True(exit == 0, error);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,", lines[0], StringComparison.Ordinal);
        var header = lines[0].Split(',');
        var row = Assert.Single(lines[1..]).Split(',');
        string Col(string name) => row[Array.IndexOf(header, name)];
        Assert.StartsWith("LBY", Col("event_id_cnty"), StringComparison.Ordinal);
        Assert.Equal(("2020-01-06", "Air/drone strike", "Military Forces of Libya", "10"), (Col("event_date"), Col("sub_event_type"), Col("actor1"), Col("interaction")));
        Assert.Equal(("434", "Northern Africa", "Libya", "Tripoli", "1", "3"), (Col("iso"), Col("region"), Col("country"), Col("location"), Col("geo_precision"), Col("fatalities")));
        Assert.Equal("Tripoli District", Col("admin1")); // the first-level division of GeoNames 2210247 in the default gazetteer
        Assert.Equal("Libyan forces carried out air strikes on Tripoli on Monday and killed 3.", Col("notes"));
    }

    [Fact]
    public async Task Export_AcledSchemaMissingGazetteerIndex_OneClearLineNonZeroExit()
    {
        await StoreTypedDocumentAsync();

        var (exit, output, error) = await _cli.RunAsync("export", "--format", "csv", "--what", "events", "--schema", "acled", "--gazetteer", Path.Combine(_cli.Dir, "none.bin"), "--db", _cli.Db);

        Assert.NotEqual(0, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("none.bin", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Export_Jsonl_StoredAcledTypingExported()
    {
        await StoreTypedDocumentAsync();

        var (exit, output, error) = await _cli.RunAsync("export", "--db", _cli.Db);

        Assert.True(exit == 0, error);
        var events = System.Text.Json.JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]).RootElement.GetProperty("events");
        Assert.Equal("Air/drone strike", events[0].GetProperty("acled").GetProperty("sub_event_type").GetString());
        Assert.Equal(3, events[0].GetProperty("fatalities").GetProperty("count").GetInt32());
        Assert.Equal("State forces", events[0].GetProperty("source_category").GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, events[1].GetProperty("acled").ValueKind);
    }

    [Fact]
    public async Task Export_GdeltSchemaGivenOrNot_SameRows()
    {
        await StoreTypedDocumentAsync();

        var (_, byDefault, _) = await _cli.RunAsync("export", "--format", "csv", "--what", "events", "--db", _cli.Db);
        var (exit, explicitly, error) = await _cli.RunAsync("export", "--format", "csv", "--what", "events", "--schema", "gdelt", "--db", _cli.Db);

        Assert.True(exit == 0, error);
        Assert.Equal(byDefault, explicitly);
        Assert.StartsWith("GlobalEventID,", explicitly, StringComparison.Ordinal);
        // GDELT's event table has one row per event across documents (issue 10): the document's two identical reports
        // of the strike are one event; its Mentions table has a row for each.
        Assert.Equal(2, explicitly.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        var (_, mentions, _) = await _cli.RunAsync("export", "--format", "csv", "--what", "mentions", "--db", _cli.Db);
        Assert.Equal(3, mentions.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Export_UnknownSchema_OneClearLineNonZeroExit()
    {
        await StoreTypedDocumentAsync();

        var (exit, output, error) = await _cli.RunAsync("export", "--format", "csv", "--what", "events", "--schema", "ucdp", "--db", _cli.Db);

        Assert.NotEqual(0, exit);
        Assert.Equal("Unknown --schema 'ucdp': use gdelt (the default) or acled.", error.TrimEnd());
        Assert.Empty(output);
    }

    [Fact]
    public async Task Export_SchemaOutsideEventCsv_OneClearLineNonZeroExit()
    {
        await StoreTypedDocumentAsync();

        var (exit, _, error) = await _cli.RunAsync("export", "--format", "jsonl", "--schema", "acled", "--db", _cli.Db);

        Assert.NotEqual(0, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("--format csv --what events", error, StringComparison.Ordinal);
    }
}
