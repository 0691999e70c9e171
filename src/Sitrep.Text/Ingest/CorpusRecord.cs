using System.Globalization;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;

namespace Sitrep.Text.Ingest;

/// <summary>
/// One record of a corpus file (JSONL or CSV) made into a document, with the same rules for both formats: the input
/// <c>id</c> is the document id; <c>text</c> must be non-empty; <c>date</c> is <c>YYYY-MM-DD</c> or an ISO date-time,
/// and empty or <c>None</c> means absent; <c>title</c>, <c>url</c>, <c>source</c> are optional.
/// </summary>
internal static class CorpusRecord
{
    /// <summary>Stage name used for diagnostics raised while reading.</summary>
    public const string StageName = "reader";

    /// <summary>Makes the document, or a failure naming the record's line.</summary>
    public static InputItem ToItem(string where, int line, string id, string text, string? date, string? title, string? url, string? source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return InputItem.Failed(where, id, DiagnosticCode.EmptyInput, $"line {line}: 'text' is empty");
        }

        var metadata = new DocumentMetadata { Title = Nonempty(title), Url = Nonempty(url), Source = Nonempty(source) };
        var document = new Document(id, text, metadata);
        if (TryParseDate(date, out var parsed))
        {
            return InputItem.Ok(where, parsed is null ? document : document with { Metadata = metadata with { Date = parsed } });
        }

        return InputItem.Ok(where, document.WithDiagnostic(new Diagnostic(
            StageName, DiagnosticCode.BadDate, Severity.Warning, $"line {line}: 'date' {date} is not YYYY-MM-DD or an ISO date-time; ignored")));
    }

    /// <summary>
    /// Parses a <c>date</c> field: <c>YYYY-MM-DD</c> or an ISO 8601 date-time. Null, empty and the literal <c>None</c>
    /// mean absent (true with a null date). False for anything else.
    /// </summary>
    public static bool TryParseDate(string? text, out DateOnly? date)
    {
        date = null;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s) || s == "None")
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

    private static string? Nonempty(string? s) => string.IsNullOrWhiteSpace(s) || s == "None" ? null : s;
}
