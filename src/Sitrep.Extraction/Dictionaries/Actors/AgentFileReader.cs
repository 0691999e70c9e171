using System.Collections.Immutable;
using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>
/// Reads <c>data/actors/agents.txt</c> (issue 3 point 2; format in <c>data/README.md</c>): TAB-separated
/// <c>code, phrase, plurals, note</c>. The code is written <c>~GOV</c> (suffix: <c>LBY</c> + <c>GOV</c>) or <c>IGO~</c>
/// (prefix). Plurals: empty = the regular English plural of the last word; <c>-</c> = none; else <c>|</c>-separated forms.
/// </summary>
public static class AgentFileReader
{
    /// <summary>Marks where the actor's code goes relative to the agent code.</summary>
    public const char AffixMark = '~';

    /// <summary>Written in the plurals column for a word with no plural (<c>police</c>).</summary>
    public const string NoPlural = "-";

    /// <summary>Reads every line of an agent file.</summary>
    /// <exception cref="DataFileException">On a malformed line; the message names the file and line.</exception>
    public static ImmutableArray<AgentRecord> Read(DataFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.ParseLines(ReadLine);
    }

    /// <summary>Parses one content line.</summary>
    /// <exception cref="DataFileException">When the line is malformed.</exception>
    public static AgentRecord ReadLine(DataLine line)
    {
        var fields = line.Fields;
        if (fields.Length is < 2 or > 4)
        {
            throw line.Error($"expected 2 to 4 TAB-separated fields (code, phrase, plurals, note); found {fields.Length}.");
        }

        var affix = fields[0].Trim();
        var isPrefix = affix.EndsWith(AffixMark);
        if (affix.StartsWith(AffixMark) == isPrefix)
        {
            throw line.Error($"'{affix}' is not an agent code: write ~GOV (added after the actor's code) or IGO~ (added before it).");
        }

        var code = ActorFileReader.ParseCode(line, affix.Trim(AffixMark));
        var phrase = fields[1].Trim();
        if (phrase.Length == 0 || phrase.Contains(ActorFileReader.PhraseSeparator, StringComparison.Ordinal))
        {
            throw line.Error("the second field is one phrase (the singular); put plural forms in the third field.");
        }

        var phrases = ImmutableArray.CreateBuilder<string>();
        phrases.Add(phrase);
        var plurals = fields.Length > 2 ? fields[2].Trim() : string.Empty;
        if (plurals.Length == 0)
        {
            phrases.Add(RegularPlural(phrase));
        }
        else if (plurals != NoPlural)
        {
            foreach (var plural in plurals.Split(ActorFileReader.PhraseSeparator, StringSplitOptions.TrimEntries))
            {
                phrases.Add(plural.Length > 0 ? plural : throw line.Error($"empty plural in '{plurals}'."));
            }
        }

        return new AgentRecord(code, isPrefix, phrases.ToImmutable(), fields.Length > 3 ? fields[3].Trim() : string.Empty, line.Path, line.Number);
    }

    /// <summary>The regular English plural of a phrase's last word: <c>minister</c> → <c>ministers</c>, <c>embassy</c> → <c>embassies</c>.</summary>
    public static string RegularPlural(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var space = phrase.LastIndexOf(' ');
        var head = phrase[..(space + 1)];
        var word = phrase[(space + 1)..];
        string plural;
        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
        {
            plural = word + "es";
        }
        else if (word.Length > 1 && word.EndsWith('y') && !"aeiou".Contains(word[^2], StringComparison.Ordinal))
        {
            plural = word[..^1] + "ies";
        }
        else
        {
            plural = word + "s";
        }

        return head + plural;
    }
}
