using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// Reads IndiaPoliceEvents gold JSONL (issue 8 point 8), as converted into
/// <c>news-corpus/india-police-events-dev.jsonl</c>: <c>{id, date, title, text, sentences:[{sent_id, start, end, text,
/// labels}]}</c> per line, with <c>start</c>/<c>end</c> UTF-16 offsets into <c>text</c>, end exclusive. A sentence's
/// offsets must lie in the text and, when the sentence has a <c>text</c>, cover exactly that text; labels are
/// <c>KILL</c>, <c>ARREST</c>, <c>FAIL</c>, <c>FORCE</c>, <c>ANY_ACTION</c>.
/// </summary>
public static class IpeGoldReader
{
    /// <summary>Reads a gold file.</summary>
    /// <param name="path">The JSONL file.</param>
    /// <exception cref="FormatException">When a line is not a gold article; the message names file and line.</exception>
    public static ImmutableArray<IpeGoldArticle> Read(string path) => GoldLines.Read(path, "gold IndiaPoliceEvents article", Parse);

    /// <summary>Parses one gold JSON line.</summary>
    /// <exception cref="JsonException">When the line is not JSON.</exception>
    /// <exception cref="KeyNotFoundException">When a required field is missing.</exception>
    /// <exception cref="InvalidOperationException">When a field has the wrong JSON type.</exception>
    /// <exception cref="FormatException">When a date, label or sentence span is invalid.</exception>
    public static IpeGoldArticle Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var id = root.GetProperty("id").GetString();
        var text = root.GetProperty("text").GetString();
        if (string.IsNullOrWhiteSpace(id) || text is null)
        {
            throw new FormatException("id and text must be strings, id not empty");
        }

        DateOnly? date = null;
        if (root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String)
        {
            date = DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new FormatException($"date '{d.GetString()}' is not yyyy-MM-dd");
        }

        var title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var sentences = ImmutableArray.CreateBuilder<IpeGoldSentence>();
        foreach (var s in root.GetProperty("sentences").EnumerateArray())
        {
            sentences.Add(ParseSentence(s, text));
        }

        return new IpeGoldArticle(id, date, title, text, sentences.ToImmutable());
    }

    /// <summary>Parses a label (<c>ANY_ACTION</c>), exact and upper case.</summary>
    /// <exception cref="FormatException">When <paramref name="text"/> is not one of the five labels.</exception>
    public static IpeLabel ParseLabel(string? text) => text switch
    {
        "KILL" => IpeLabel.Kill,
        "ARREST" => IpeLabel.Arrest,
        "FAIL" => IpeLabel.Fail,
        "FORCE" => IpeLabel.Force,
        "ANY_ACTION" => IpeLabel.AnyAction,
        _ => throw new FormatException($"'{text}' is not an IndiaPoliceEvents label (KILL ARREST FAIL FORCE ANY_ACTION)"),
    };

    /// <summary>The dataset's name of a label (<c>ANY_ACTION</c>).</summary>
    public static string Label(IpeLabel label) => label switch
    {
        IpeLabel.Kill => "KILL",
        IpeLabel.Arrest => "ARREST",
        IpeLabel.Fail => "FAIL",
        IpeLabel.Force => "FORCE",
        IpeLabel.AnyAction => "ANY_ACTION",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "not an IndiaPoliceEvents label"),
    };

    private static IpeGoldSentence ParseSentence(JsonElement s, string text)
    {
        var sentId = s.GetProperty("sent_id").GetInt32();
        var start = s.GetProperty("start").GetInt32();
        var end = s.GetProperty("end").GetInt32();
        if (start < 0 || end < start || end > text.Length)
        {
            throw new FormatException($"sentence {sentId}: span {start}-{end} is not inside the text (length {text.Length})");
        }

        var span = new TextSpan(start, end);
        if (s.TryGetProperty("text", out var st) && st.ValueKind == JsonValueKind.String && !string.Equals(st.GetString(), span.Of(text), StringComparison.Ordinal))
        {
            throw new FormatException($"sentence {sentId}: span {start}-{end} does not cover the sentence's text");
        }

        var labels = s.GetProperty("labels").EnumerateArray().Select(l => ParseLabel(l.GetString())).Distinct().Order();
        return new IpeGoldSentence(sentId, span, [.. labels]);
    }
}
