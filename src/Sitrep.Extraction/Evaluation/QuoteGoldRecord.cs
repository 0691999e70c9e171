using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// One article of the quotes-gold JSONL: <c>{id, date, text, quotes:[{start, end, text, kind, speaker, anonymous, …}]}</c>,
/// or, for our own annotations, <c>{id, corpus, record, quotes:[…]}</c> pointing at a record of the news corpus whose text
/// is read at run time and never copied (issue 9 point 7; <c>data/annotations/README.md</c>).
/// </summary>
/// <param name="Id">Article id.</param>
/// <param name="Date">Publication date, if given.</param>
/// <param name="Text">Raw text the offsets index.</param>
/// <param name="Quotes">Gold quotes.</param>
public sealed record QuoteGoldRecord(string Id, DateOnly? Date, string Text, ImmutableArray<QuoteGoldQuote> Quotes)
{
    /// <summary>Parses one JSONL line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="corpus">Resolves lines that carry <c>corpus</c> and <c>record</c> instead of <c>text</c>; may be null when none does.</param>
    /// <exception cref="JsonException">When the line is not an object with <c>id</c>, a text (or a corpus record) and well-formed quotes.</exception>
    /// <exception cref="FormatException">When the corpus record cannot be found.</exception>
    public static QuoteGoldRecord Parse(string line, CaseCorpus? corpus = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var id = root.GetProperty("id").GetString() ?? throw new JsonException("record has no string 'id'.");
        var text = root.TryGetProperty("text", out var t) ? t.GetString() ?? throw new JsonException($"record '{id}' has no string 'text'.")
            : root.TryGetProperty("corpus", out var file) && root.TryGetProperty("record", out var rec)
                ? (corpus ?? throw new JsonException($"record '{id}' points into corpus file '{file.GetString()}': give the corpus folder."))
                    .Text(file.GetString() ?? string.Empty, rec.GetString() ?? string.Empty)
                : throw new JsonException($"record '{id}' has neither 'text' nor 'corpus' and 'record'.");
        DateOnly? date = root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        var quotes = ImmutableArray.CreateBuilder<QuoteGoldQuote>();
        if (root.TryGetProperty("quotes", out var qs) && qs.ValueKind == JsonValueKind.Array)
        {
            foreach (var q in qs.EnumerateArray())
            {
                var start = q.GetProperty("start").GetInt32();
                var end = q.GetProperty("end").GetInt32();
                if (start < 0 || end < start || end > text.Length)
                {
                    throw new JsonException($"record '{id}': quote span {start}-{end} lies outside its text of {text.Length} characters.");
                }

                quotes.Add(new QuoteGoldQuote(
                    new TextSpan(start, end),
                    q.TryGetProperty("kind", out var k) ? k.GetString() ?? "direct" : "direct",
                    q.TryGetProperty("speaker", out var s) ? s.GetString() ?? string.Empty : string.Empty,
                    q.TryGetProperty("anonymous", out var a) && a.ValueKind == JsonValueKind.True,
                    q.TryGetProperty("form", out var f) ? f.GetString() : null));
            }
        }

        return new QuoteGoldRecord(id, date, text, quotes.ToImmutable());
    }

    /// <summary>Reads every non-blank line of a JSONL file.</summary>
    /// <param name="path">The gold file.</param>
    /// <param name="corpus">Resolves lines that point into the news corpus; may be null when none does.</param>
    /// <exception cref="JsonException">When a line is malformed or its corpus record cannot be read; the message names the line number.</exception>
    public static ImmutableArray<QuoteGoldRecord> ReadAll(string path, CaseCorpus? corpus = null)
    {
        var records = ImmutableArray.CreateBuilder<QuoteGoldRecord>();
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                records.Add(Parse(line, corpus));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new JsonException($"{path}:{n}: {ex.Message}", ex);
            }
        }

        return records.ToImmutable();
    }
}
