using System.Globalization;

namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>Dates in TABARI dictionaries: <c>yymmdd</c> (years 00–29 are 20xx, 30–99 are 19xx) or <c>yyyymmdd</c>.</summary>
internal static class TabariDate
{
    public const int CenturyPivot = 30;

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        if (text.Length == 6 && int.TryParse(text[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var yy))
        {
            var century = yy < CenturyPivot ? "20" : "19";
            return DateOnly.TryParseExact(century + text.ToString(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        return text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
