using System.Collections.Immutable;
using System.Text.Json;

namespace Sitrep.Extraction.Evaluation;

/// <summary>The one loop that reads a JSONL gold file: one record per non-blank line, errors naming file and line.</summary>
internal static class GoldLines
{
    /// <summary>Parses every non-blank line of <paramref name="path"/> with <paramref name="parse"/>.</summary>
    /// <exception cref="FormatException">When a line does not parse; the message is <c>path:line: not a {what} (reason)</c>.</exception>
    public static ImmutableArray<T> Read<T>(string path, string what, Func<string, T> parse)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var records = ImmutableArray.CreateBuilder<T>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                records.Add(parse(line));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentOutOfRangeException or FormatException)
            {
                throw new FormatException($"{path}:{number}: not a {what} ({ex.Message}).", ex);
            }
        }

        return records.ToImmutable();
    }
}
