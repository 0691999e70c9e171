using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// Reads re3d-style gold JSONL (<c>{id, text, entities:[{start,end,type,text}]}</c>, issue 2 point 9): maps Person,
/// Organisation, Location, Nationality and Weapon/MilitaryPlatform/Vehicle to our types, ignores other labels, and keeps
/// only named mentions (text with a capital letter that is not a pronoun).
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

    /// <summary>Parses one gold JSON line.</summary>
    public static NerGoldDocument Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var text = root.GetProperty("text").GetString() ?? string.Empty;
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
