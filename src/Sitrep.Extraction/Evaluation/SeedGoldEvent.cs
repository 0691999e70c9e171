using System.Collections.Immutable;
using System.Text.Json;

namespace Sitrep.Extraction.Evaluation;

/// <summary>One gold event of a reference article: where it is stated and every acceptable source, target and code.</summary>
/// <param name="Id">Gold id (<c>E4</c>).</param>
/// <param name="Evidence">A prefix of the span that states the event, as written in the article.</param>
/// <param name="Sources">Acceptable source codes.</param>
/// <param name="Targets">Acceptable target codes; empty when the event has no target.</param>
/// <param name="Codes">Acceptable CAMEO codes.</param>
/// <param name="When">Gold date (<c>2019-04</c>) if the gold gives one.</param>
/// <param name="Where">Gold place name(s) if the gold gives them (issue 4).</param>
public sealed record SeedGoldEvent(string Id, string Evidence, ImmutableArray<string> Sources, ImmutableArray<string> Targets, ImmutableArray<string> Codes, string? When, string? Where)
{
    /// <summary>Reads the <c>events</c> array of a gold file.</summary>
    /// <exception cref="JsonException">When the JSON is malformed or an event lacks <c>evidence</c>, <c>source</c> or <c>cameo</c>.</exception>
    public static ImmutableArray<SeedGoldEvent> ParseAll(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        if (!doc.RootElement.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<SeedGoldEvent>();
        foreach (var e in events.EnumerateArray())
        {
            var codes = e.TryGetProperty("cameo", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.EnumerateArray().Select(x => x.GetString() ?? string.Empty).Where(x => x.Length > 0).ToImmutableArray()
                : throw new JsonException($"gold event lacks a 'cameo' array: {e.GetRawText()}");
            result.Add(new SeedGoldEvent(
                Text(e, "id") ?? $"E{result.Count + 1}",
                Text(e, "evidence") ?? throw new JsonException($"gold event lacks 'evidence': {e.GetRawText()}"),
                Split(Text(e, "source") ?? throw new JsonException($"gold event lacks 'source': {e.GetRawText()}")),
                Split(Text(e, "target") ?? string.Empty),
                codes,
                Text(e, "when"),
                Text(e, "where")));
        }

        return result.ToImmutable();
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static ImmutableArray<string> Split(string codes) =>
        [.. codes.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
