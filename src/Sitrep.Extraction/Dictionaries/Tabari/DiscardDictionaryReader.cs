using System.Collections.Immutable;

namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>Reads TABARI/PETRARCH discard lists: one phrase a line; <c>+</c> marks a story-level discard.</summary>
public static class DiscardDictionaryReader
{
    /// <summary>Reads discard entries.</summary>
    /// <exception cref="TabariFormatException">On a line with no phrase.</exception>
    public static ImmutableArray<DiscardEntry> Read(string source, IEnumerable<string> lines)
    {
        var entries = ImmutableArray.CreateBuilder<DiscardEntry>();
        foreach (var line in TabariLine.Read(source, lines))
        {
            var text = line.Text.Trim();
            var story = text.StartsWith('+');
            var phrase = DictionaryPhrase.Parse(story ? text[1..] : text) ?? throw line.Error("a discard line needs a phrase.");
            entries.Add(new DiscardEntry(phrase, story, line.Number));
        }

        return entries.ToImmutable();
    }
}
