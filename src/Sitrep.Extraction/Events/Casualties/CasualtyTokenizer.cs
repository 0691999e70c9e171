using System.Globalization;

namespace Sitrep.Extraction.Events.Casualties;

/// <summary>
/// Splits a span of text into words and punctuation marks for the casualty reader. A word is a run of letters, digits
/// and marks, joined across an apostrophe before a letter ("didn't"), a hyphen between letters or digits ("twenty-one",
/// "35-year-old", "10-15") and a comma or point between digits ("1,200", "1,00,000", "1.5"). Every other non-space
/// character is one token (a surrogate pair stays whole). No regular expression, no allocation beyond the caller's buffer.
/// </summary>
internal static class CasualtyTokenizer
{
    /// <summary>Fills <paramref name="tokens"/> with the tokens of <c>text[start..end]</c>; returns how many, at most its length.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, int start, int end, Span<CasualtyToken> tokens)
    {
        var count = 0;
        var i = start;
        while (i < end && count < tokens.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            var s = i;
            if (IsWordChar(c))
            {
                i++;
                while (i < end && (IsWordChar(text[i]) || Joins(text, i, end)))
                {
                    i++;
                }

                tokens[count++] = new CasualtyToken(s, i, Classify(text[s..i]));
                continue;
            }

            i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var info = CasualtyLexicon.Find(text[s..i]);
            tokens[count++] = new CasualtyToken(s, i, info with { Tags = info.Tags | WordTags.Punct });
        }

        return count;
    }

    private static bool IsWordChar(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    // A joiner inside a word: it must have a word character on both sides.
    private static bool Joins(ReadOnlySpan<char> text, int i, int end)
    {
        if (i + 1 >= end || !IsWordChar(text[i + 1]))
        {
            return false;
        }

        return text[i] switch
        {
            '\'' or '’' => char.IsLetter(text[i + 1]),
            '-' or '‐' or '‑' => true,
            ',' => char.IsAsciiDigit(text[i - 1]) && i + 2 < end && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]),
            '.' => char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]),
            _ => false,
        };
    }

    private static WordInfo Classify(ReadOnlySpan<char> word)
    {
        var info = CasualtyLexicon.Find(word);
        var tags = info.Tags;
        if (char.IsAsciiDigit(word[0]))
        {
            tags |= WordTags.Digits;
        }

        // "35-year-old" is a person; "20-year-olds" are people.
        if (word.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase))
        {
            tags |= WordTags.PersonSingular;
        }
        else if (word.EndsWith("-year-olds", StringComparison.OrdinalIgnoreCase))
        {
            tags |= WordTags.PersonPlural;
        }

        // "twenty-one", "fifty-seven": one number word.
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && CasualtyLexicon.Find(word[..hyphen]) is { Number: >= 20 and < 100 } tens && tens.Number % 10 == 0
            && CasualtyLexicon.Find(word[(hyphen + 1)..]) is { Number: >= 1 and <= 9 } unit)
        {
            return info with { Tags = tags | WordTags.NumberWord, Number = tens.Number + unit.Number };
        }

        if (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
        {
            tags |= WordTags.Negation | WordTags.Stop | WordTags.Skip;
        }

        return info with { Tags = tags };
    }
}
