using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// Reads re3d-style gold JSONL (<c>{id, text, entities:[{start,end,type,text}]}</c>, issue 2 point 9): maps Person,
/// Organisation, Location, Nationality and Weapon/MilitaryPlatform/Vehicle to our types, ignores other labels, and keeps
/// only named mentions (text with a capital letter that is not a pronoun). A line may instead point into a news corpus
/// (<c>{id, corpus, record, entities}</c>, no <c>text</c>: our own sample, issue 9 point 8); its offsets then index the
/// whole text of that record, read through <see cref="CaseCorpus"/> at run time, never copied.
/// </summary>
public static class NerGoldReader
{
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "he", "him", "his", "himself", "she", "her", "hers",
         "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "this", "that", "these", "those", "who", "whom", "which"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Maps a gold label to our type; null for labels not evaluated.</summary>
    public static EntityType? MapType(string label) => label switch
    {
        "Person" => EntityType.Person,
        "Organisation" or "Organization" => EntityType.Org,
        "Location" => EntityType.Place,
        "Nationality" => EntityType.Nationality,
        "Weapon" or "MilitaryPlatform" or "Vehicle" => EntityType.Equipment,
        _ => null,
    };

    /// <summary>True when a mention text counts as named: it has a capital letter and is not a pronoun.</summary>
    public static bool IsNamed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(char.IsUpper) && !Pronouns.Contains(text.Trim());
    }

    /// <summary>Reads a gold file.</summary>
    /// <exception cref="FormatException">When a line is not a gold document; the message names the line.</exception>
    public static ImmutableArray<NerGoldDocument> Read(string path) => GoldLines.Read(path, "gold document", Parse);

    /// <summary>Reads a gold file whose lines may point into <paramref name="corpus"/> instead of carrying their text.</summary>
    /// <exception cref="FormatException">When a line is not a gold document or its record cannot be found; the message names the line.</exception>
    public static ImmutableArray<NerGoldDocument> Read(string path, CaseCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return GoldLines.Read(path, "gold document", line => Parse(line, corpus));
    }

    /// <summary>Parses one gold JSON line that carries its text.</summary>
    public static NerGoldDocument Parse(string json) => Parse(json, null);

    /// <summary>Parses one gold JSON line; a line without <c>text</c> takes the text of its <c>record</c> in <c>corpus</c> from <paramref name="corpus"/>.</summary>
    /// <exception cref="FormatException">When a line has no text and no corpus resolver is given, or its record is not found.</exception>
    public static NerGoldDocument Parse(string json, CaseCorpus? corpus)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        string text;
        if (root.TryGetProperty("text", out var inline))
        {
            text = inline.GetString() ?? string.Empty;
        }
        else
        {
            if (corpus is null)
            {
                throw new FormatException("the line has no text and points into a corpus: read it with a corpus folder (--corpus)");
            }

            text = corpus.Text(root.GetProperty("corpus").GetString() ?? string.Empty, root.GetProperty("record").GetString() ?? string.Empty);
        }

        var spans = ImmutableArray.CreateBuilder<NerGoldSpan>();
        foreach (var e in root.GetProperty("entities").EnumerateArray())
        {
            var type = MapType(e.GetProperty("type").GetString() ?? string.Empty);
            var span = new TextSpan(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32());
            if (type is null || span.End > text.Length)
            {
                continue;
            }

            var surface = span.Of(text);
            if (IsNamed(surface))
            {
                spans.Add(new NerGoldSpan(span, type.Value, surface));
            }
        }

        return new NerGoldDocument(root.GetProperty("id").GetString() ?? "?", text, [.. spans.OrderBy(s => s.Span.Start)]);
    }
}
