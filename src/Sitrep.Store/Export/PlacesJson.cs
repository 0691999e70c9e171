using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Store.Export;

/// <summary>
/// The <c>places</c> array of the JSON export (issue 4 point 6): <c>{"start","end","text","role","geonameid","name","lat",
/// "lon","country","feature","confidence","rule","candidates":[{"geonameid","name","country","feature","lat","lon","score"}]}</c>,
/// offsets into the document's raw <c>text</c> as for entities; unresolved places have null ids and coordinates. An
/// event's <c>place</c> holds the same fields plus <c>precision</c> (<see cref="WriteEventPlace"/>).
/// </summary>
public static class PlacesJson
{
    /// <summary>Writes <c>"places": […]</c> for a document.</summary>
    public static void Write(Utf8JsonWriter writer, Document doc)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(doc);
        writer.WriteStartArray("places");
        foreach (var p in doc.Places)
        {
            writer.WriteStartObject();
            WriteFields(writer, p);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes <c>"place": {…, "precision"}</c> for an event, or <c>"place": null</c>.</summary>
    public static void WriteEventPlace(Utf8JsonWriter writer, EventPlace? place)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (place is null)
        {
            writer.WriteNull("place");
            return;
        }

        writer.WriteStartObject("place");
        WriteFields(writer, place.Place);
        writer.WriteString("precision", ContractNames.Of(place.Precision));
        writer.WriteString("precision_rule", place.Rule);
        writer.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter writer, ResolvedPlace p)
    {
        writer.WriteNumber("start", p.Span.Start);
        writer.WriteNumber("end", p.Span.End);
        writer.WriteString("text", p.Text);
        writer.WriteString("role", ContractNames.Of(p.Role));
        Number(writer, "geonameid", p.GeonameId);
        Text(writer, "name", p.Name);
        Number(writer, "lat", p.Latitude);
        Number(writer, "lon", p.Longitude);
        Text(writer, "country", p.Country);
        Text(writer, "feature", p.Feature);
        writer.WriteNumber("confidence", p.Confidence);
        writer.WriteBoolean("approximate", p.IsApproximate);
        writer.WriteString("rule", p.Rule);
        if (p.Bounds is { } b)
        {
            writer.WriteStartArray("bbox");
            writer.WriteNumberValue(b.West);
            writer.WriteNumberValue(b.South);
            writer.WriteNumberValue(b.East);
            writer.WriteNumberValue(b.North);
            writer.WriteEndArray();
        }

        writer.WriteStartArray("candidates");
        foreach (var c in p.Candidates)
        {
            writer.WriteStartObject();
            Number(writer, "geonameid", c.GeonameId);
            writer.WriteString("name", c.Name);
            Text(writer, "country", c.Country);
            writer.WriteString("feature", c.Feature);
            writer.WriteNumber("lat", c.Latitude);
            writer.WriteNumber("lon", c.Longitude);
            writer.WriteNumber("score", c.Score);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Text(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
