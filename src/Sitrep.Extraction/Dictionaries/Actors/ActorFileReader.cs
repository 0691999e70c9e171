using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>
/// Reads Sitrep actor files (issue 3 point 2; format in <c>data/README.md</c>): TAB-separated
/// <c>code, phrases, from, until, note</c>; phrases separated by <c>|</c>; dates ISO <c>yyyy-MM-dd</c> or empty; a code
/// <c>*GOV</c> is relative to the document's focus country (<see cref="ActorRecord.FocusCountry"/>).
/// Pure: a parsed <see cref="DataFile"/> in, records out, or a <see cref="DataFileException"/> naming file and line.
/// </summary>
public static class ActorFileReader
{
    /// <summary>Separator between the phrases of one line.</summary>
    public const char PhraseSeparator = '|';

    /// <summary>Marks a code relative to the document's focus country (<c>*GOV</c>: the government of the country the article is about).</summary>
    public const char FocusCountryMark = '*';

    /// <summary>Marks a phrase that matches only with the exact letter case (<c>=US</c>, which must not match "us").</summary>
    public const char CaseSensitiveMark = '=';

    /// <summary>Reads every line of an actor file.</summary>
    /// <exception cref="DataFileException">On a malformed line; the message names the file and line.</exception>
    public static ImmutableArray<ActorRecord> Read(DataFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.ParseLines(ReadLine);
    }

    /// <summary>Parses one content line.</summary>
    /// <exception cref="DataFileException">When the line is malformed.</exception>
    public static ActorRecord ReadLine(DataLine line)
    {
        var fields = line.Fields;
        if (fields.Length is < 2 or > 5)
        {
            throw line.Error($"expected 2 to 5 TAB-separated fields (code, phrases, from, until, note); found {fields.Length}.");
        }

        var focus = fields[0].TrimStart().StartsWith(FocusCountryMark);
        var code = ParseCode(line, focus ? fields[0].TrimStart()[1..] : fields[0]);
        if (focus && (code.IsNull || code.Value.Length != 3))
        {
            throw line.Error($"'{fields[0]}' is not a focus-country code: write {FocusCountryMark} and one role segment of three letters ({FocusCountryMark}GOV, {FocusCountryMark}MIL).");
        }

        var phrases = ImmutableArray.CreateBuilder<string>();
        foreach (var part in fields[1].Split(PhraseSeparator, StringSplitOptions.TrimEntries))
        {
            var words = part.TrimStart(CaseSensitiveMark).Trim();
            if (words.Length == 0)
            {
                throw line.Error($"empty phrase in '{fields[1]}': separate phrases with ' | ' and leave none empty.");
            }

            if (PhraseWords.Split(words).Length > PhraseTrie<int>.MaxPhraseWords)
            {
                throw line.Error($"phrase '{part}' has more than {PhraseTrie<int>.MaxPhraseWords} words.");
            }

            phrases.Add(part);
        }

        var from = fields.Length > 2 ? ParseDate(line, fields[2], "from") : null;
        var until = fields.Length > 3 ? ParseDate(line, fields[3], "until") : null;
        if (from is not null && until is not null && until < from)
        {
            throw line.Error($"until {until:yyyy-MM-dd} is before from {from:yyyy-MM-dd}.");
        }

        var note = fields.Length > 4 ? fields[4].Trim() : string.Empty;
        return new ActorRecord(code, phrases.ToImmutable(), from, until, note, line.Path, line.Number) { FocusCountry = focus };
    }

    /// <summary>Parses an actor code of whole three-character segments (<c>LBYGOV</c>, <c>IGOUNO</c>) or <c>---</c>.</summary>
    internal static ActorCode ParseCode(DataLine line, string text)
    {
        var trimmed = text.Trim();
        if (!ActorCode.TryParse(trimmed, out var code) || (!code.IsNull && code.Value.Length % 3 != 0) || trimmed.Any(char.IsAsciiLetterLower))
        {
            throw line.Error($"'{text}' is not an actor code: write upper-case segments of three letters or digits (LBY, LBYGOV, IGOUNO) or ---.");
        }

        return code;
    }

    private static DateOnly? ParseDate(DataLine line, string text, string column)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw line.Error($"'{text}' is not a {column} date: write yyyy-MM-dd (2016-03-30), or leave the field empty for an open end.");
    }
}
