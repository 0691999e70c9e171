using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// The parts of a document kept as JSON in <c>documents.metadata</c>: headings, credits and the source map.
/// Spans are written as plain numbers so the JSON does not depend on how the model's types serialise.
/// </summary>
internal static class MetadataPayload
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Serialises the payload of a document.</summary>
    public static string ToJson(Document document)
    {
        var m = document.Metadata;
        var dto = new PayloadDto(
            [.. m.Headings],
            [.. m.Credits.Reporting.Select(CreditDto.Of)],
            [.. m.Credits.Writing.Select(CreditDto.Of)],
            [.. m.Credits.Editing.Select(CreditDto.Of)],
            document.SourceMap is { } map ? [.. map.Segments.Select(s => new[] { s.TextStart, s.OriginalStart, s.Length })] : null);
        return JsonSerializer.Serialize(dto, Options);
    }

    /// <summary>Parses JSON written by <see cref="ToJson"/>; missing parts are empty.</summary>
    public static (ImmutableArray<string> Headings, Credits Credits, SourceMap? SourceMap) Parse(string json)
    {
        var dto = JsonSerializer.Deserialize<PayloadDto>(json, Options);
        if (dto is null)
        {
            return ([], Credits.None, null);
        }

        var credits = new Credits(
            [.. (dto.Reporting ?? []).Select(c => c.ToModel())],
            [.. (dto.Writing ?? []).Select(c => c.ToModel())],
            [.. (dto.Editing ?? []).Select(c => c.ToModel())]);
        var map = dto.SourceMap is { } segments ? new SourceMap([.. segments.Select(s => new SourceSegment(s[0], s[1], s[2]))]) : null;
        return ([.. dto.Headings ?? []], credits, map);
    }

    private sealed record PayloadDto(string[]? Headings, CreditDto[]? Reporting, CreditDto[]? Writing, CreditDto[]? Editing, int[][]? SourceMap);

    private sealed record CreditDto(string Name, int Start, int End, string? Location, bool Additional = false)
    {
        public static CreditDto Of(CreditedPerson p) => new(p.Name, p.Span.Start, p.Span.End, p.Location, p.Additional);

        public CreditedPerson ToModel() => new(Name, new TextSpan(Start, End), Location) { Additional = Additional };
    }
}
