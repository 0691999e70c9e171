using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quotes;

/// <summary>
/// Splits a stretch of raw text into words for phrase matching: runs of letters and digits, joined by an inner hyphen,
/// apostrophe or period (<c>al-Serraj</c>, <c>They’re</c>, <c>U.N.</c>). Linear in the length of the stretch.
/// </summary>
internal static class WordScanner
{
    /// <summary>The words inside <c>[start, end)</c> of <paramref name="text"/>, in order.</summary>
    public static List<TextSpan> Words(string text, int start, int end)
    {
        var words = new List<TextSpan>();
        end = Math.Min(end, text.Length);
        var i = Math.Max(0, start);
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            var hasDot = false;
            while (i < end)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
                else if (IsJoiner(text[i]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                {
                    hasDot |= text[i] == '.';
                    i++;
                }
                else
                {
                    break;
                }
            }

            // Keep the final period of initials and dotted abbreviations (J., U.N.).
            if (i < end && text[i] == '.' && (hasDot || (i - s == 1 && char.IsUpper(text[s]))))
            {
                i++;
            }

            words.Add(new TextSpan(s, i));
        }

        return words;
    }

    /// <summary>True when the characters in <c>[start, end)</c> are all white space.</summary>
    public static bool IsBlank(string text, int start, int end)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, text.Length); i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The non-white-space characters in <c>[start, end)</c>: the punctuation between two words.</summary>
    public static string Punctuation(string text, int start, int end)
    {
        var chars = new List<char>();
        for (var i = Math.Max(0, start); i < Math.Min(end, text.Length); i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                chars.Add(text[i]);
            }
        }

        return new string([.. chars]);
    }

    private static bool IsJoiner(char c) => c is '-' or '\'' or '’' or '.' or '‑';
}
