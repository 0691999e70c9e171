using System.Collections.Immutable;
using System.Text.Json;

namespace Sitrep.Extraction.Evaluation;

/// <summary>The parts of a reference article's hand annotation (<c>*.gold.json</c>) that <see cref="SeedEvaluator"/> scores.</summary>
/// <param name="Date">Publication date, <c>YYYY-MM-DD</c>.</param>
/// <param name="Dateline">Dateline place as written.</param>
/// <param name="NoiseLines">Lines that are feed noise, not article text.</param>
/// <param name="Reporting">Credited reporters.</param>
/// <param name="Editing">Credited editors.</param>
/// <param name="Headings">Section headings.</param>
/// <param name="Quotes">Gold quotes.</param>
/// <param name="People">Gold people with roles.</param>
/// <param name="Places">Gold places (issue 4).</param>
public sealed record SeedGold(
    string? Date,
    string? Dateline,
    ImmutableArray<string> NoiseLines,
    ImmutableArray<string> Reporting,
    ImmutableArray<string> Editing,
    ImmutableArray<string> Headings,
    ImmutableArray<SeedGoldQuote> Quotes,
    ImmutableArray<SeedGoldPerson> People,
    ImmutableArray<SeedGoldPlace> Places)
{
    /// <summary>Parses the gold JSON.</summary>
    /// <exception cref="JsonException">When the JSON is malformed or a quote or person lacks its required fields.</exception>
    public static SeedGold Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var meta = root.TryGetProperty("document", out var d) ? d : default;
        var credits = meta.ValueKind == JsonValueKind.Object && meta.TryGetProperty("credits", out var c) ? c : default;
        var quotes = ImmutableArray.CreateBuilder<SeedGoldQuote>();
        foreach (var q in Array(root, "quotes"))
        {
            quotes.Add(new SeedGoldQuote(
                Required(q, "text"),
                Required(q, "speaker"),
                Optional(q, "speaker_role"),
                q.TryGetProperty("speaker_anonymous", out var a) && a.ValueKind == JsonValueKind.True,
                Optional(q, "kind") ?? "direct"));
        }

        var people = ImmutableArray.CreateBuilder<SeedGoldPerson>();
        foreach (var p in Array(root, "people"))
        {
            people.Add(new SeedGoldPerson(Required(p, "name"), Optional(p, "role"), Optional(p, "affiliation")));
        }

        var places = ImmutableArray.CreateBuilder<SeedGoldPlace>();
        foreach (var p in Array(root, "places"))
        {
            long? id = p.TryGetProperty("geonameid", out var g) && g.ValueKind == JsonValueKind.Number ? g.GetInt64() : null;
            places.Add(new SeedGoldPlace(Required(p, "name"), Required(p, "country"), id, Optional(p, "kind"), Optional(p, "role")));
        }

        return new SeedGold(
            Optional(meta, "date"),
            Optional(meta, "dateline"),
            Strings(meta, "noise_lines"),
            [.. Strings(credits, "additional_reporting"), .. Strings(credits, "reporting")],
            Strings(credits, "editing"),
            Strings(meta, "headings"),
            quotes.ToImmutable(),
            people.ToImmutable(),
            places.ToImmutable());
    }

    private static List<JsonElement> Array(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? [.. a.EnumerateArray()] : [];

    private static ImmutableArray<string> Strings(JsonElement e, string name) =>
        [.. Array(e, name).Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)];

    private static string? Optional(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Required(JsonElement e, string name) =>
        Optional(e, name) ?? throw new JsonException($"gold entry lacks string field '{name}': {e.GetRawText()}");
}
