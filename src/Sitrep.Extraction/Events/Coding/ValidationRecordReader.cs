using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>Reads validation-suite records, one JSON object a line (fields <c>id, date (yyyymmdd, as the suite writes it, or ISO yyyy-mm-dd), text, parse, expected, active, config</c>).</summary>
public static class ValidationRecordReader
{
    /// <summary>Reads the records of a JSONL text.</summary>
    /// <param name="source">File name for messages.</param>
    /// <param name="lines">The lines; blank lines are skipped.</param>
    /// <exception cref="FormatException">On a malformed line; the message names the file and line.</exception>
    public static IEnumerable<ValidationRecord> Read(string source, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            ValidationRecord record;
            try
            {
                record = Parse(line);
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{source}:{number}: not a validation record: {ex.Message}", ex);
            }

            yield return record;
        }
    }

    private static ValidationRecord Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var date = DateOnly.ParseExact(root.GetProperty("date").GetString()!, ["yyyyMMdd", "yyyy-MM-dd"], CultureInfo.InvariantCulture);
        var expected = root.TryGetProperty("expected", out var ex) && ex.ValueKind == JsonValueKind.Array
            ? ex.EnumerateArray().Select(e => new ValidationEvent(
                e.GetProperty("source").GetString() ?? string.Empty,
                e.GetProperty("target").GetString() ?? string.Empty,
                e.GetProperty("code").GetString() ?? string.Empty)).ToImmutableArray()
            : [];
        var requireDyad = !(root.TryGetProperty("config", out var config) && config.ValueKind == JsonValueKind.Object
            && config.TryGetProperty("require_dyad", out var dyad) && dyad.ValueKind == JsonValueKind.False);
        return new ValidationRecord(
            root.GetProperty("id").GetString()!,
            root.TryGetProperty("category", out var c) ? c.GetString() ?? string.Empty : string.Empty,
            date,
            root.GetProperty("text").GetString() ?? string.Empty,
            root.TryGetProperty("parse", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null,
            expected,
            !root.TryGetProperty("active", out var a) || a.ValueKind != JsonValueKind.False,
            requireDyad);
    }
}
