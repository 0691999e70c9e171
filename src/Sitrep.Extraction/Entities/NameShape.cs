using System.Buffers;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Tests of a word's written shape that need no lexicon and no context: acronyms, dotted initials, capitals, roman
/// numerals (used by <see cref="NameChunker"/>).
/// </summary>
internal static class NameShape
{
    /// <summary>Most letters of a word read as an acronym ("NATO", "U.N.", "AT&amp;T").</summary>
    private const int MaxAcronymLetters = 7;

    private static readonly SearchValues<char> RomanDigits = SearchValues.Create("IVXLC");

    /// <summary>True for initials with full stops: <c>V.N.</c>, <c>K.</c> (not <c>U.S.</c>, which the gazetteer takes first).</summary>
    public static bool IsDottedInitials(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || s.Length % 2 != 0)
        {
            return false;
        }

        for (var k = 0; k < s.Length; k += 2)
        {
            if (!char.IsUpper(s[k]) || s[k + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True for two to <see cref="MaxAcronymLetters"/> upper-case letters, maybe with full stops or an ampersand
    /// between them: <c>GNA</c>, <c>U.N.</c>, <c>AT&amp;T</c>.
    /// </summary>
    public static bool IsAcronym(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c != '.' && c != '&')
            {
                return false;
            }
        }

        return letters is >= 2 and <= MaxAcronymLetters;
    }

    /// <summary>True when no character of <paramref name="w"/> is a lower-case letter.</summary>
    public static bool IsAllCapsWord(ReadOnlySpan<char> w)
    {
        foreach (var ch in w)
        {
            if (char.IsLower(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="w"/> is written in roman-numeral letters only (I, V, X, L, C).</summary>
    public static bool IsRomanNumeral(ReadOnlySpan<char> w) => !w.ContainsAnyExcept(RomanDigits);

    /// <summary>The number of letters in <paramref name="w"/>.</summary>
    public static int LetterCount(ReadOnlySpan<char> w)
    {
        var n = 0;
        foreach (var c in w)
        {
            n += char.IsLetter(c) ? 1 : 0;
        }

        return n;
    }
}
