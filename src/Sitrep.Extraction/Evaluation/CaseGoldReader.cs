using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// Reads CASE 2021 Task 2 gold JSONL (issue 8 point 8): <c>{id, text, label, label_set}</c> per line, as converted into
/// <c>news-corpus/case2021-task2-dev.jsonl</c>. The label must be one of the 30 task labels; <c>label_set</c>, when
/// present, must agree with it (<c>ACLED</c> for the 25 ACLED labels, <c>UNSEEN</c> for the other five).
/// </summary>
public static class CaseGoldReader
{
    /// <summary>Reads a gold file.</summary>
    /// <param name="path">The JSONL file.</param>
    /// <exception cref="FormatException">When a line is not a gold snippet; the message names file and line.</exception>
    public static ImmutableArray<CaseGoldSnippet> Read(string path) => GoldLines.Read(path, "gold CASE 2021 snippet", Parse);

    /// <summary>Parses one gold JSON line.</summary>
    /// <exception cref="JsonException">When the line is not JSON.</exception>
    /// <exception cref="KeyNotFoundException">When <c>id</c>, <c>text</c> or <c>label</c> is missing.</exception>
    /// <exception cref="FormatException">When the label is not a task label or disagrees with <c>label_set</c>.</exception>
    public static CaseGoldSnippet Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var id = root.GetProperty("id").GetString();
        var text = root.GetProperty("text").GetString();
        var labelText = root.GetProperty("label").GetString();
        if (string.IsNullOrWhiteSpace(id) || text is null)
        {
            throw new FormatException("id and text must be strings, id not empty");
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
}
