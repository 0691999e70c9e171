using System.Globalization;
using System.Text.Json;

namespace Sitrep.Corpus.Evaluation;

/// <summary>Reads the news corpus: every <c>*.jsonl</c> file of a directory, in name order, one article a line.</summary>
public static class NewsCorpusReader
{
    /// <summary>The articles of every JSONL file in <paramref name="directory"/> (fields id, text, date, title, source, duplicate_of).</summary>
    /// <exception cref="DirectoryNotFoundException">When the directory does not exist.</exception>
    /// <exception cref="FormatException">When a line is not an object with string <c>id</c> and <c>text</c> (file and line named).</exception>
    public static IReadOnlyList<NewsArticle> Read(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"No news corpus at '{directory}' (expected a directory of *.jsonl files such as ../shared/data/news-corpus).");
        }

        var articles = new List<NewsArticle>();
        foreach (var file in Directory.GetFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    using var json = JsonDocument.Parse(line);
                    var root = json.RootElement;
                    var id = root.GetProperty("id").GetString() ?? throw new FormatException("'id' is null");
                    var text = root.GetProperty("text").GetString() ?? throw new FormatException("'text' is null");
                    var date = String(root, "date") is { } d && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
                    articles.Add(new NewsArticle(id, date, String(root, "title"), text, String(root, "source"), String(root, "duplicate_of")));
                }
                catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
                {
                    throw new FormatException($"{file}:{number}: not a news article ({ex.Message})", ex);
                }
            }
        }

        return articles;
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
