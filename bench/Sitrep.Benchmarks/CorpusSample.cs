using System.Text;
using Sitrep.Core.Model;
using Sitrep.Text.Ingest;

namespace Sitrep.Benchmarks;

/// <summary>The first articles of the news corpus (../shared/data/news-corpus), found by walking up to shared/.</summary>
internal static class CorpusSample
{
    public const int Articles = 1000;

    public static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "news-corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No shared/data/news-corpus above " + AppContext.BaseDirectory);
    }

    /// <summary>The raw JSONL bytes of the first <see cref="Articles"/> records, across files in name order.</summary>
    public static byte[] JsonLines()
    {
        var lines = Directory.GetFiles(FindCorpus(), "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Where(l => l.Length > 0).Take(Articles);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
    }

    public static List<Document> Read(byte[] jsonl) =>
        [.. new InputReader().ReadSniffed(new MemoryStream(jsonl), "corpus").Where(i => i.Succeeded).Select(i => i.Document!)];

    /// <summary>
    /// A plain-text dump of <paramref name="chars"/> characters: Reuters article texts (news-corpus/reuters-21578.jsonl),
    /// in file order and repeated if need be, with a blank line between articles, as a user would paste them into one
    /// file (issue 9 point 1).
    /// </summary>
    public static string Dump(int chars)
    {
        var texts = File.ReadLines(Path.Combine(FindCorpus(), "reuters-21578.jsonl"))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.TryGetProperty("text", out var t) ? t.GetString() : null)
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => t!);
        var b = new StringBuilder(chars + 4096);
        while (b.Length < chars)
        {
            foreach (var t in texts)
            {
                b.Append(t).Append("\n\n");
                if (b.Length >= chars)
                {
                    break;
                }
            }
        }

        return b.ToString(0, chars);
    }
}
