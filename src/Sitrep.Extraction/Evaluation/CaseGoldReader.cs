using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// Reads CASE 2021 Task 2 gold JSONL (issue 8 point 8): <c>{id, text, label, label_set}</c> per line, as converted into
/// <c>news-corpus/case2021-task2-dev.jsonl</c>. The label must be one of the 30 task labels, or <c>NONE</c> for a
/// snippet that reports no event (our own sample's decoys, issue 8 point 6); <c>label_set</c>, when present, must agree
/// with it (<c>ACLED</c> for the 25 ACLED labels, <c>UNSEEN</c> for the other five). Instead of <c>text</c> a line may
/// point into a news corpus: <c>{id, corpus, record, start, end, label}</c>, the snippet being the record's text from
/// <c>start</c> to <c>end</c> (UTF-16 code units, <c>end</c> exclusive), resolved by a <see cref="CaseCorpus"/>.
/// </summary>
public static class CaseGoldReader
{
    /// <summary>The label string of a gold snippet that reports no event.</summary>
    public const string NoEventLabel = "NONE";

    /// <summary>Reads a gold file.</summary>
    /// <param name="path">The JSONL file.</param>
    /// <param name="corpus">Resolves lines that point into a corpus; null when every line must carry its text.</param>
    /// <exception cref="FormatException">When a line is not a gold snippet or does not resolve; the message names file and line.</exception>
    public static ImmutableArray<CaseGoldSnippet> Read(string path, CaseCorpus? corpus = null) =>
        GoldLines.Read(path, "gold CASE 2021 snippet", line => Parse(line, corpus));

    /// <summary>Parses one gold JSON line.</summary>
    /// <param name="json">The line.</param>
    /// <param name="corpus">Resolves a line with <c>corpus</c>, <c>record</c>, <c>start</c>, <c>end</c> instead of <c>text</c>.</param>
    /// <exception cref="JsonException">When the line is not JSON.</exception>
    /// <exception cref="KeyNotFoundException">When <c>id</c> or <c>label</c> is missing, or a line without <c>text</c> lacks <c>corpus</c>, <c>record</c>, <c>start</c> or <c>end</c>.</exception>
    /// <exception cref="FormatException">
    /// When the label is not a task label or <c>NONE</c>, or disagrees with <c>label_set</c>; when a line has both
    /// <c>text</c> and <c>record</c>/<c>start</c>/<c>end</c>; when a corpus line comes without a <paramref name="corpus"/> or does not resolve.
    /// </exception>
    public static CaseGoldSnippet Parse(string json, CaseCorpus? corpus = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var id = root.GetProperty("id").GetString();
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new FormatException("id must be a non-empty string");
        }

        // A line with text is a snippet (CASE 2021's own lines carry a "corpus" name as metadata); one without points into a corpus.
        var text = root.TryGetProperty("text", out var given) ? Given(root, given) : Resolve(root, corpus);
        if (text is null)
        {
            throw new FormatException("text must be a string");
        }

        var labelText = root.GetProperty("label").GetString();
        if (string.Equals(labelText, NoEventLabel, StringComparison.Ordinal))
        {
            return new CaseGoldSnippet(id, text, CaseLabel.None);
        }

        var label = ParseLabel(labelText);
        if (root.TryGetProperty("label_set", out var set) && set.ValueKind == JsonValueKind.String)
        {
            var expected = CaseEvaluator.AcledLabels.Contains(label) ? "ACLED" : "UNSEEN";
            if (!string.Equals(set.GetString(), expected, StringComparison.Ordinal))
            {
                throw new FormatException($"label {label} belongs to label_set {expected}, the line says '{set.GetString()}'");
            }
        }

        return new CaseGoldSnippet(id, text, label);
    }

    /// <summary>Parses a task label (<c>ARMED_CLASH</c>): exact, upper case, one of the 30 labels.</summary>
    /// <exception cref="FormatException">When <paramref name="text"/> is not a task label.</exception>
    public static CaseLabel ParseLabel(string? text) =>
        text is not null && text.Length > 0 && char.IsAsciiLetterUpper(text[0])
            && Enum.TryParse<CaseLabel>(text, ignoreCase: false, out var label) && label != CaseLabel.None && Enum.IsDefined(label)
            ? label
            : throw new FormatException($"'{text}' is not a CASE 2021 Task 2 label (ARMED_CLASH, PEACE_PROTEST, DIPLO ...)");

    private static string? Given(JsonElement root, JsonElement text) =>
        root.TryGetProperty("record", out _) || root.TryGetProperty("start", out _) || root.TryGetProperty("end", out _)
            ? throw new FormatException("a line gives either text or corpus/record/start/end, not both")
            : text.GetString();

    private static string Resolve(JsonElement root, CaseCorpus? corpus)
    {
        var name = root.GetProperty("corpus").GetString() ?? throw new FormatException("corpus must be a file name");
        var record = root.GetProperty("record").GetString() ?? throw new FormatException("record must be a string");
        var start = root.GetProperty("start").GetInt32();
        var end = root.GetProperty("end").GetInt32();
        return corpus is null
            ? throw new FormatException($"the line points into corpus '{name}' but no corpus folder was given")
            : corpus.Resolve(name, record, start, end);
    }
}
