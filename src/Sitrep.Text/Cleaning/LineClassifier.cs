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
    /// Matches a dateline at the start of a body line (issue 9 point 10), read as a construction rather than a list of
    /// agencies: a capitalised place, an optional region or country after a comma, an optional date after a comma, an
    /// optional agency in parentheses, then a dash: <c>CAIRO –</c>, <c>WASHINGTON —</c>, <c>BEIRUT (WND) —</c>,
    /// <c>KYIV, Ukraine (AP) —</c>, <c>LONDON, Jan 8 (Reuters) -</c>, <c>MILWAUKEE, Wis., March 2 -</c>. A place in
    /// upper case needs nothing more; a place in title case (<c>Cairo</c>) needs the date or the agency, or any
    /// capitalised word before a dash would be one. Group <c>place</c> is the place; the match ends after the dash.
    /// </summary>
    public static Match MatchDateline(string line)
    {
        var m = DatelineRegex().Match(line);
        if (m.Success && !m.Groups["date"].Success && !m.Groups["agency"].Success && !IsUpper(m.Groups["place"].ValueSpan))
        {
            return Match.Empty;
        }

        return m;
    }

    /// <summary>
    /// Classifies a photo line (issue 9 point 10): <see cref="ZoneKind.Credits"/> for a photo credit
    /// (<c>Image copyright Reuters</c>, <c>Image source, Getty Images</c>, <c>Photo: Reuters/A. Name</c>,
    /// <c>(Photo by A. Name/AFP)</c>, <c>REUTERS/A. Name/File Photo</c>, <c>(AP Photo/A. Name)</c>),
    /// <see cref="ZoneKind.Noise"/> for a caption (<c>Image caption …</c>, <c>Media caption …</c>, <c>FILE PHOTO: …</c>);
    /// null for any other line. Lines longer than <paramref name="maxLength"/> are never photo lines.
    /// </summary>
    public static ZoneKind? ClassifyPhotoLine(ReadOnlySpan<char> line, int maxLength)
    {
        if (line.IsEmpty || line.Length > maxLength)
        {
            return null;
        }

        if (PhotoCreditRegex().IsMatch(line) || AgencyPhotoCreditRegex().IsMatch(line))
        {
            return ZoneKind.Credits;
        }

        return PhotoCaptionRegex().IsMatch(line) ? ZoneKind.Noise : null;
    }

    private static bool IsUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^date\s+(?<date>\d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateHeaderRegex();

    // Place: upper-case words (NEW YORK, ST. LOUIS, DALLAS/FORT WORTH, RAS AL-AIN) or title-case words (Cairo, New
    // York); region: capitalised words (Ukraine, Calif., N.Y., Democratic Republic of Congo); date: month and day
    // either way round (Jan 8, Jan. 8, March 2, 8 January); agency: one to four words in parentheses, at most 30
    // characters (Reuters, AP, WND, Al Jazeera, dpa); dash: one or two hyphens, an en or an em dash, then white space or
    // the end of the line.
    [GeneratedRegex(
        @"^(?<place>\p{Lu}[\p{Lu}.'’/\-]+(?:\s+\p{Lu}[\p{Lu}.'’/\-]+){0,3}(?![\p{Ll}])|\p{Lu}\p{Ll}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2})"
        + @"(?:,\s*(?<region>\p{Lu}[\p{L}.'’\-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}.'’\-]*){0,3}))?"
        + @"(?:,\s*(?<date>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*\.?\s+\d{1,2}|\d{1,2}\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*\.?))?"
        + @"(?:\s*\((?=[^)\n]{1,30}\))(?<agency>\p{L}[\p{L}&.\-]*(?:\s+\p{L}[\p{L}&.\-]*){0,3})\))?"
        + @"\s*(?:[–—]|-{1,2})(?=\s|$)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatelineRegex();

    // Credit labels: Image copyright / Image source, / Photo credit: / Photo: Org/Name / (Photo by …) / (AP Photo/Name).
    [GeneratedRegex(
        @"^\(?\s*(?:(?i:image|photo|picture|video|media)\s+(?i:copyright|source|credit)s?\b|(?i:photo(?:graph)?|picture|image)s?\s+(?i:by|courtesy\s+of)\s+\p{Lu}|(?i:photo(?:graph)?|picture|image|credit)s?\s*:\s*[^\s/]+(?:\s[^\s/]+){0,3}\s*/|\p{Lu}{2,}(?:\s+\p{Lu}{2,})?\s+(?i:photo)\s*/)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhotoCreditRegex();

    // A wire photo credit alone on its line: REUTERS/Name, AFP/Getty Images, REUTERS/Name/File Photo; the name is in
    // title case, so table headers (SOYBEAN CAKE/MEAL) are not credits.
    [GeneratedRegex(
        @"^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}\s*/\s*\p{Lu}(?:\p{Ll}[\p{L}'’\-]*|\.)(?:\s+\p{Lu}(?:\p{Ll}[\p{L}'’\-]*|\.)){0,4}(?:\s*/\s*\p{Lu}\p{Ll}*(?:\s+\p{L}+)?)?\.?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AgencyPhotoCreditRegex();

    // Caption labels: Image caption / Media caption / Caption: / FILE PHOTO: / Photo:
    [GeneratedRegex(
        @"^(?i:(?:image|media|photo|video)\s+caption\b|caption\s*:|(?:file\s+)?(?:photo(?:graph)?|picture|image)s?\s*:)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhotoCaptionRegex();
}
