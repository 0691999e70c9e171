using System.Globalization;
using System.Text;

namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>
/// How dictionary phrases and text tokens become comparable words: upper case, typographic apostrophes and hyphens
/// folded to ASCII, Latin diacritics removed (<c>Türkiye</c> = <c>TURKIYE</c>), a possessive <c>'s</c> split off as its
/// own word (the tokenizer does the same: <c>Haftar’s forces</c> is three tokens).
/// </summary>
internal static class PhraseWords
{
    /// <summary>Longest token compared; longer tokens never match a dictionary word.</summary>
    public const int MaxWordLength = 64;

    /// <summary>Splits a phrase from a dictionary file into folded words.</summary>
    public static string[] Split(string phrase) => [.. SplitRaw(phrase).Select(w => Fold(w))];

    /// <summary>Splits a phrase into words as written: at white space, with a possessive <c>'s</c> as its own word.</summary>
    public static string[] SplitRaw(string phrase)
    {
        var words = new List<string>();
        foreach (var word in phrase.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 2 && word[^1] is 's' or 'S' && word[^2] is '\'' or '\u2019')
            {
                words.Add(word[..^2]);
                words.Add(word[^2..]);
            }
            else
            {
                words.Add(word);
            }
        }

        return [.. words];
    }

    /// <summary>Folds one word to its comparison form (allocates; for building).</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        return word.Length <= MaxWordLength && TryFold(word, buffer, out var length)
            ? buffer[..length].ToString()
            : FoldSlow(word);
    }

    /// <summary>
    /// Folds a word into <paramref name="buffer"/> without allocating when it is ASCII or uses common typographic
    /// characters; returns false when the word needs <see cref="FoldSlow"/> (other non-ASCII letters).
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> word, Span<char> buffer, out int length)
    {
        length = 0;
        if (word.Length > buffer.Length)
        {
            return false;
        }

        foreach (var c in word)
        {
            char f;
            if (c < 128)
            {
                f = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
            }
            else if (c is '\u2019' or '\u2018' or '\u02BC')
            {
                f = '\'';
            }
            else if (c is '\u2010' or '\u2011' or '\u2012' or '\u2013')
            {
                f = '-';
            }
            else
            {
                return false;
            }

            buffer[length++] = f;
        }

        return true;
    }

    /// <summary>Folds a word with any characters: decomposes, drops combining marks, upper-cases.</summary>
    public static string FoldSlow(ReadOnlySpan<char> word)
    {
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // Under invariant globalisation Normalize does not decompose, so Latin letters with diacritics are
            // folded by our own table (ü → U, ğ → G).
            if (Sitrep.Core.Text.LatinFold.Fold(c) is not '\0' and var plain)
            {
                sb.Append(char.ToUpperInvariant(plain));
                continue;
            }

            sb.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
                'ı' => 'I',
                _ => char.ToUpperInvariant(c),
            });
        }

        return sb.ToString();
    }
}
