namespace Sitrep.Extraction.Events.Dates;

/// <summary>Month names, weekday names and counting words as the patterns of <see cref="TemporalPatterns"/> capture them.</summary>
internal static class CalendarWords
{
    /// <summary>Largest count accepted in "N days ago"; larger numbers are not placed.</summary>
    public const int MaxCount = 1000;

    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>Month number 1-12 from a full name or an abbreviation with or without its period ("Sept."); 0 when none.</summary>
    public static int Month(ReadOnlySpan<char> name)
    {
        var key = name.TrimEnd('.');
        if (key.Length < 3)
        {
            return 0;
        }

        ReadOnlySpan<string> months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        for (var i = 0; i < months.Length; i++)
        {
            if (key[..3].Equals(months[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The weekday of a full English weekday name.</summary>
    public static DayOfWeek Weekday(ReadOnlySpan<char> name) => Enum.Parse<DayOfWeek>(name, ignoreCase: true);

    /// <summary>A count written in digits, as "a"/"an", or in words up to ninety-nine; null when it is none of these.</summary>
    public static int? Count(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        if (char.IsAsciiDigit(text[0]))
        {
            return int.TryParse(text, out var n) && n <= MaxCount ? n : null;
        }

        if (text.Equals("a", StringComparison.OrdinalIgnoreCase) || text.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        var hyphen = text.IndexOfAny('-', ' ');
        if (hyphen > 0)
        {
            var tens = IndexOf(Tens, text[..hyphen]);
            var unit = IndexOf(Units, text[(hyphen + 1)..].Trim());
            return tens >= 2 && unit is >= 1 and <= 9 ? (tens * 10) + unit : null;
        }

        var u = IndexOf(Units, text);
        if (u >= 0)
        {
            return u;
        }

        var t = IndexOf(Tens, text);
        return t >= 2 ? t * 10 : null;
    }

    private static int IndexOf(string[] words, ReadOnlySpan<char> word)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length > 0 && word.Equals(words[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
