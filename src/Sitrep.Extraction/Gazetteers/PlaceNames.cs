using Sitrep.Core.Text;

namespace Sitrep.Extraction.Gazetteers;

/// <summary>
/// How place names become lookup keys, for gazetteer names and text mentions alike: lower case, Latin diacritics
/// removed (<c>Mişrātah</c> = <c>misratah</c>), apostrophes and full stops dropped (<c>Ma'rib</c> = <c>marib</c>,
/// <c>N.J.</c> = <c>nj</c>), every other non-letter a single space (<c>Al-Raqqah</c> = <c>al raqqah</c>), and the
/// abbreviations <c>St</c>, <c>Ste</c>, <c>Mt</c>, <c>Ft</c> spelled out (<c>St. Louis</c> = <c>saint louis</c>).
/// </summary>
public static class PlaceNames
{
    /// <summary>Longest key; longer names are not indexed and longer mentions never match.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>The key of a name, or null when it is empty or longer than <see cref="MaxKeyLength"/>.</summary>
    public static string? Key(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[MaxKeyLength];
        var length = Normalize(name, buffer);
        return length > 0 ? buffer[..length].ToString() : null;
    }

    /// <summary>
    /// Writes the key of <paramref name="name"/> into <paramref name="destination"/> without allocating; returns its
    /// length, 0 when the key is empty, -1 when it does not fit.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        var tokenStart = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (c == '.' || IsApostrophe(c) || c is >= '\u0300' and <= '\u036F')
            {
                continue; // dropped: "N.J.", "Ma'rib", combining marks
            }

            var folded = c < 0x80 ? (char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0') : LatinFold.Fold(c);
            var pair = folded == '\0' ? Pair(c) : null;
            if (folded == '\0' && pair is null)
            {
                if (c >= 0x80 && char.IsLetterOrDigit(c))
                {
                    folded = char.ToLowerInvariant(c); // other scripts: kept as they are
                }
                else
                {
                    pendingSpace = true;
                    continue;
                }
            }

            if (pendingSpace && length > 0)
            {
                length = EndToken(destination, tokenStart, length);
                if (length < 0 || length >= destination.Length)
                {
                    return -1;
                }

                destination[length++] = ' ';
                tokenStart = length;
            }

            pendingSpace = false;
            if (length + (pair?.Length ?? 1) > destination.Length)
            {
                return -1;
            }

            if (pair is null)
            {
                destination[length++] = char.ToLowerInvariant(folded);
            }
            else
            {
                destination[length++] = pair[0];
                destination[length++] = pair[1];
            }
        }

        return length == 0 ? 0 : EndToken(destination, tokenStart, length);
    }

    /// <summary>True for characters that write an apostrophe or an Arabic ʿayn or hamza (dropped from keys).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '\u02BE' or '\u02BF' or '`' or '\u00B4';

    // Latin letters that fold to two letters.
    private static string? Pair(char c) => c switch
    {
        'ß' => "ss",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'þ' or 'Þ' => "th",
        _ => null,
    };

    // Spells out St, Ste, Mt, Ft when they are a whole token.
    private static int EndToken(Span<char> buffer, int start, int end)
    {
        var token = buffer[start..end];
        var replacement = token switch
        {
            "st" => "saint",
            "ste" => "sainte",
            "mt" => "mount",
            "ft" => "fort",
            _ => null,
        };
        if (replacement is null)
        {
            return end;
        }

        if (start + replacement.Length > buffer.Length)
        {
            return -1;
        }

        replacement.AsSpan().CopyTo(buffer[start..]);
        return start + replacement.Length;
    }

    /// <summary>True when every letter of the name is Latin (ASCII or Latin-1/Extended): only such names are indexed.</summary>
    public static bool IsLatin(ReadOnlySpan<char> name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                if (c > '\u024F' && c is not ('\u02BB' or '\u02BC'))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
    }
}
