using System.Globalization;
using System.Text;

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
    /// Writes the key of <paramref name="name"/> into <paramref name="destination"/> without allocating when the name
    /// is ASCII; returns its length, 0 when the key is empty, -1 when it does not fit.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> name, Span<char> destination)
    {
        foreach (var c in name)
        {
            if (c >= 0x80 && !IsApostrophe(c))
            {
                return NormalizeAscii(Fold(name), destination);
            }
        }

        return NormalizeAscii(name, destination);
    }

    /// <summary>True for characters that write an apostrophe (dropped from keys).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`' or '\u00B4';

    private static int NormalizeAscii(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        var tokenStart = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c >= 0x80 && char.IsLetterOrDigit(c))
            {
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
                if (length >= destination.Length)
                {
                    return -1;
                }

                destination[length++] = char.ToLowerInvariant(c);
            }
            else if (c != '.' && !IsApostrophe(c))
            {
                pendingSpace = true;
            }
        }

        return length == 0 ? 0 : EndToken(destination, tokenStart, length);
    }

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

    // Decomposes, drops combining marks and maps the Latin letters that do not decompose.
    private static string Fold(ReadOnlySpan<char> name)
    {
        var decomposed = name.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            _ = c switch
            {
                'ı' => sb.Append('i'),
                'ø' or 'Ø' => sb.Append('o'),
                'ł' or 'Ł' => sb.Append('l'),
                'đ' or 'Đ' or 'ð' or 'Ð' => sb.Append('d'),
                'ß' => sb.Append("ss"),
                'æ' or 'Æ' => sb.Append("ae"),
                'œ' or 'Œ' => sb.Append("oe"),
                'þ' or 'Þ' => sb.Append("th"),
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => sb.Append(' '),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
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
