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

            var date = root.TryGetProperty("date", out var dateElement) ? DateField(dateElement) : null;
            return CorpusRecord.ToItem(where, number, id, textElement.GetString()!, date, String(root, "title"), String(root, "url"), String(root, "source"));
        }
    }

    // The date field as text for CorpusRecord: null stays null; a non-string is passed as its JSON so it is reported.
    private static string? DateField(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => element.GetString(),
        _ => element.GetRawText(),
    };

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;

}
