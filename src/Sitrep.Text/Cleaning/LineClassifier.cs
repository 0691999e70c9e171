using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core.Model;

namespace Sitrep.Text.Cleaning;

/// <summary>Pure rules that recognise metadata lines of scraped articles (date header, noise, headings, datelines).</summary>
public static partial class LineClassifier
{
    /// <summary>Matches a scraped date header at the start of a line: <c>date 2020-01-08</c>; group <c>date</c>.</summary>
    public static Match MatchDateHeader(string line) => DateHeaderRegex().Match(line);

    /// <summary>True for a line that is only a long-form date (<c>Saturday, January 5, 2019</c>), as Wikinews prints.</summary>
    public static bool TryParseDateLine(string line, out DateOnly date) =>
        DateOnly.TryParseExact(line.Trim(), ["dddd, MMMM d, yyyy", "MMMM d, yyyy", "d MMMM yyyy", "dddd, d MMMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// True for an all-caps heading line: at least four letters, every letter upper case, at most twelve words, no
    /// sentence-final period and no dateline dash.
    /// </summary>
    public static bool IsHeading(ReadOnlySpan<char> line, int maxLength)
    {
        if (line.Length == 0 || line.Length > maxLength || line[^1] is '.' or ',' or ';' or ':')
        {
            return false;
        }

        int letters = 0, words = 1;
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c == ' ')
            {
                words++;
            }
            else if (c is '–' or '—')
            {
                return false;
            }
        }

        return letters >= 4 && words <= 12;
    }

    /// <summary>
    /// Matches a dateline at the start of the first body line: <c>CAIRO –</c>, <c>WASHINGTON (Reuters) -</c>,
    /// <c>SALVADOR, Feb 26 -</c>, <c>Cairo (AP) —</c>. Group <c>place</c> is the place; the match ends after the dash.
    /// </summary>
    public static Match MatchDateline(string line) => DatelineRegex().Match(line);

    [GeneratedRegex(@"^date\s+(?<date>\d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateHeaderRegex();

    [GeneratedRegex(
        @"^(?:(?<place>\p{Lu}[\p{Lu}.'’\-]+(?:\s+\p{Lu}[\p{Lu}.'’\-]+){0,3})(?:,\s*(?:\p{Lu}[\p{L}.]*)(?:\s+\p{Lu}?[\p{L}\d.]*)?)?(?:\s*\([^)\n]{1,30}\))?|(?<place>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?:,\s*\p{Lu}[\p{L}.]*)?\s*\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|Bloomberg|IANS|PTI|ANI)\))\s*[–—-]{1,2}(?=\s)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatelineRegex();
}
