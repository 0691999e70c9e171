using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Store.Export;

namespace Sitrep.Store.Tests.Export;

public sealed class PlacesJsonTests
{
    private static JsonElement Places()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            JsonlExporter.Write(writer, SampleDocuments.Full());
        }

        return JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("places").Clone();
    }

    [Fact]
    public void Write_Place_ContractFields()
    {
        var turkey = Places()[1];
        Assert.Equal(
            ["start", "end", "text", "role", "geonameid", "name", "lat", "lon", "country", "feature", "confidence", "approximate", "rule", "bbox", "candidates"],
            turkey.EnumerateObject().Select(p => p.Name));
        Assert.Equal(298795, turkey.GetProperty("geonameid").GetInt64());
        Assert.False(turkey.GetProperty("approximate").GetBoolean());
        Assert.Equal("Turkey", turkey.GetProperty("text").GetString());
        Assert.Equal("mention", turkey.GetProperty("role").GetString());
        var candidate = turkey.GetProperty("candidates")[0];
        Assert.Equal(["geonameid", "name", "country", "feature", "lat", "lon", "score"], candidate.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, candidate.GetProperty("geonameid").ValueKind);
    }

    [Fact]
    public void Write_UnresolvedPlace_NullIdsAndCoordinates()
    {
        var drones = Places()[2];
        Assert.Equal("not-a-place", drones.GetProperty("role").GetString());
        foreach (var field in new[] { "geonameid", "name", "lat", "lon", "country", "feature" })
        {
            Assert.Equal(JsonValueKind.Null, drones.GetProperty(field).ValueKind);
        }

        Assert.Equal(0, drones.GetProperty("candidates").GetArrayLength());
    }

    [Fact]
    public void WriteEventPlace_AddsPrecision()
    {
        var doc = SampleDocuments.Full();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            PlacesJson.WriteEventPlace(writer, new EventPlace(doc.Places[1], GeoPrecision.Country, "focus"));
            writer.WriteEndObject();
        }

        var place = JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("place");
        Assert.Equal("country", place.GetProperty("precision").GetString());
        Assert.Equal(298795, place.GetProperty("geonameid").GetInt64());
    }
}
