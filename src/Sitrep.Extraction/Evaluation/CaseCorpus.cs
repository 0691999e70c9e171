using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// Resolves gold lines that point into a news corpus instead of carrying their text (issue 8 point 6: our own
/// annotations reference <c>../shared/data/news-corpus</c> by record id and offsets, never copy it). A corpus file is a
/// JSONL file of records with <c>id</c> and <c>text</c>; each file is read once, on first use. Thread-safe.
/// </summary>
public sealed class CaseCorpus
{
    /// <summary>The corpus folder used when none is given, relative to the current directory.</summary>
    public const string DefaultFolder = "../shared/data/news-corpus";

    private readonly ConcurrentDictionary<string, Lazy<FrozenDictionary<string, string>>> _files = new(StringComparer.Ordinal);

    /// <summary>Creates a resolver over <paramref name="folder"/> (it is not read until a line needs it).</summary>
    /// <param name="folder">The folder holding the corpus JSONL files.</param>
    /// <exception cref="ArgumentException">When <paramref name="folder"/> is null or blank.</exception>
    public CaseCorpus(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
    }

    /// <summary>The corpus folder (full path).</summary>
    public string Folder { get; }

    /// <summary>
    /// The text of <paramref name="record"/> in corpus file <paramref name="file"/> from <paramref name="start"/> to
    /// <paramref name="end"/>: UTF-16 indices into the record's <c>text</c>, <paramref name="end"/> exclusive (STYLE A2).
    /// </summary>
    /// <param name="file">A file name in <see cref="Folder"/> (<c>bbc-news.jsonl</c>), no directory part.</param>
    /// <param name="record">The record's <c>id</c>.</param>
    /// <param name="start">First UTF-16 index of the span.</param>
    /// <param name="end">UTF-16 index after the span.</param>
    /// <exception cref="FormatException">
    /// When the file name has a directory part, the file does not exist, the record is not in it, or the span is empty
    /// or outside the record's text; the message names the file, the record and the offsets.
    /// </exception>
    public string Resolve(string file, string record, int start, int end)
    {
        var text = Record(file, record);
        if (start < 0 || end <= start || end > text.Length)
        {
            throw new FormatException($"span {start}-{end} is not a non-empty span inside record '{record}' of {Path.Combine(Folder, file)} (its text has {text.Length} UTF-16 code units)");
        }

        return text[start..end];
    }

    /// <summary>The whole text of <paramref name="record"/> in corpus file <paramref name="file"/> (issue 9 point 8: our own entity sample annotates whole articles).</summary>
    /// <param name="file">A file name in <see cref="Folder"/> (<c>bbc-news.jsonl</c>), no directory part.</param>
    /// <param name="record">The record's <c>id</c>.</param>
    /// <exception cref="FormatException">When the file name has a directory part, the file does not exist or the record is not in it.</exception>
    public string Record(string file, string record)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(record);
        if (file.Length == 0 || !string.Equals(Path.GetFileName(file), file, StringComparison.Ordinal) || file is "." or "..")
        {
            throw new FormatException($"corpus '{file}' must be a file name in the corpus folder {Folder}, without a directory part");
        }

        var path = Path.Combine(Folder, file);
        if (!File.Exists(path))
        {
            throw new FormatException($"corpus file {path} does not exist (point --corpus at the folder holding {file})");
        }

        var records = _files.GetOrAdd(file, _ => new Lazy<FrozenDictionary<string, string>>(() => Load(path))).Value;
        return records.TryGetValue(record, out var text) ? text : throw new FormatException($"record '{record}' is not in {path}");
    }

    private static FrozenDictionary<string, string> Load(string path)
    {
        var records = new Dictionary<string, string>(StringComparer.Ordinal);
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
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var id = root.GetProperty("id").GetString();
                var text = root.GetProperty("text").GetString();
                if (id is not null && text is not null)
                {
                    records.TryAdd(id, text);
                }
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{number}: not a corpus record with id and text ({ex.Message})", ex);
            }
        }

        return records.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
