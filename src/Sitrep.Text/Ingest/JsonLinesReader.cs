using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;

namespace Sitrep.Text.Ingest;

/// <summary>
/// Reads JSON Lines: each line an object with string <c>id</c> and <c>text</c>, optional <c>date</c>, <c>title</c>,
/// <c>url</c>, <c>source</c>; other fields are ignored (issue 2 point 2). A bad line is a failure naming file and line;
/// the other lines go on.
/// </summary>
internal static class JsonLinesReader
{
    /// <summary>Stage name used for diagnostics raised while reading.</summary>
    public const string StageName = "reader";

    /// <summary>Reads every record of a JSONL stream.</summary>
    /// <param name="source">File path or <c>stdin</c>: failures are named <c>source:line</c>.</param>
    /// <param name="fallbackId">Prefix for the id of a failed line whose own id cannot be read.</param>
    /// <param name="stream">The bytes.</param>
    /// <param name="options">Limits: <see cref="ReaderOptions.MaxBytes"/> applies per line.</param>
    public static IEnumerable<InputItem> Read(string source, string fallbackId, Stream stream, ReaderOptions options)
    {
        foreach (var line in ByteLineReader.ReadLines(stream, options.MaxBytes))
        {
            var where = $"{source}:{line.Number}";
            var lineId = $"{fallbackId}:{line.Number}";
            if (line.Bytes is null)
            {
                var (code, reason) = TextDecoder.TooLarge(line.Length, options);
                yield return InputItem.Failed(where, lineId, code, $"line {line.Number}: {reason}");
                continue;
            }

            if (line.Bytes.AsSpan().IndexOfAnyExcept(TextDecoder.Blank) < 0)
            {
                continue;
            }

            yield return ReadRecord(where, lineId, line.Number, line.Bytes);
        }
    }

    /// <summary>Reads one JSONL record.</summary>
    internal static InputItem ReadRecord(string where, string lineId, int number, byte[] bytes)
    {
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return InputItem.Failed(where, lineId, DiagnosticCode.NotUtf8, $"line {number}: not valid UTF-8");
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            return InputItem.Failed(where, lineId, DiagnosticCode.BadRecord, $"line {number}: not JSON: {ex.Message}");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return InputItem.Failed(where, lineId, DiagnosticCode.BadRecord, $"line {number}: expected a JSON object, found {root.ValueKind}");
            }

            var id = String(root, "id");
            if (string.IsNullOrWhiteSpace(id))
            {
                return InputItem.Failed(where, lineId, DiagnosticCode.BadRecord, $"line {number}: 'id' must be a non-empty string");
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return InputItem.Failed(where, id, DiagnosticCode.BadRecord, $"line {number}: 'text' must be a string");
            }

            var text = textElement.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                return InputItem.Failed(where, id, DiagnosticCode.EmptyInput, $"line {number}: 'text' is empty");
            }

            var metadata = new DocumentMetadata
            {
                Title = Nonempty(String(root, "title")),
                Url = Nonempty(String(root, "url")),
                Source = Nonempty(String(root, "source")),
            };
            var document = new Document(id, text, metadata);
            if (root.TryGetProperty("date", out var dateElement))
            {
                if (TryParseDate(dateElement, out var date))
                {
                    document = document with { Metadata = metadata with { Date = date } };
                }
                else
                {
                    document = document.WithDiagnostic(new Diagnostic(
                        StageName, DiagnosticCode.BadDate, Severity.Warning, $"line {number}: 'date' {dateElement.GetRawText()} is not YYYY-MM-DD or an ISO date-time; ignored"));
                }
            }

            return InputItem.Ok(where, document);
        }
    }

    /// <summary>
    /// Parses a <c>date</c> field: <c>YYYY-MM-DD</c> or an ISO 8601 date-time. Null, empty and the literal <c>"None"</c>
    /// mean absent (true with a null date). False for anything else.
    /// </summary>
    internal static bool TryParseDate(JsonElement element, out DateOnly? date)
    {
        date = null;
        if (element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var s = element.GetString()!.Trim();
        if (s.Length == 0 || s == "None")
        {
            return true;
        }

        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        // An ISO date-time: keep the calendar date as written (before any offset), which is what the article means.
        if (s.Length > 10 && s[10] == 'T'
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
            && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
        {
            date = d;
            return true;
        }

        return false;
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    private static string? Nonempty(string? s) => string.IsNullOrWhiteSpace(s) || s == "None" ? null : s;
}
