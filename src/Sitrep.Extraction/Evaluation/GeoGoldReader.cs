using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// Reads GeoWebNews-style gold JSONL (issue 4 point 7): <c>{id, text, toponyms:[{start,end,name,lat,lon,geonameid?,type}]}</c>
/// per line. Toponyms whose span lies outside the text are skipped.
/// </summary>
public static class GeoGoldReader
{
    /// <summary>Reads a gold file.</summary>
    /// <exception cref="FormatException">When a line is not a gold document; the message names file and line.</exception>
    public static ImmutableArray<GeoGoldDocument> Read(string path) => GoldLines.Read(path, "geo gold document", Parse);

    /// <summary>Parses one gold JSON line.</summary>
    public static GeoGoldDocument Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var text = root.GetProperty("text").GetString() ?? string.Empty;
        var toponyms = ImmutableArray.CreateBuilder<GeoGoldToponym>();
        foreach (var t in root.GetProperty("toponyms").EnumerateArray())
        {
            var start = t.GetProperty("start").GetInt32();
            var end = t.GetProperty("end").GetInt32();
            if (start < 0 || end > text.Length || end <= start)
            {
                continue;
            }

            long? id = t.TryGetProperty("geonameid", out var g) && g.ValueKind == JsonValueKind.Number ? g.GetInt64() : null;
            toponyms.Add(new GeoGoldToponym(new TextSpan(start, end), t.GetProperty("name").GetString() ?? string.Empty,
                t.GetProperty("lat").GetDouble(), t.GetProperty("lon").GetDouble(), id, t.GetProperty("type").GetString() ?? string.Empty));
        }

        return new GeoGoldDocument(root.GetProperty("id").GetString() ?? "?", text, [.. toponyms.OrderBy(x => x.Span.Start)]);
    }
}
