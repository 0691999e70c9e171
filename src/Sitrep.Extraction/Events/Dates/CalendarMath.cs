using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Dates;

/// <summary>Calendar arithmetic relative to the article date; weeks run Monday to Sunday (ISO 8601).</summary>
internal static class CalendarMath
{
    /// <summary>How far back <see cref="MonthDay"/> looks for a 29 February: two leap cycles.</summary>
    public const int MaxLeapYearSearch = 8;

    /// <summary>The latest <paramref name="day"/> strictly before <paramref name="date"/>.</summary>
    public static DateOnly WeekdayBefore(DateOnly date, DayOfWeek day)
    {
        var back = ((int)date.DayOfWeek - (int)day + 7) % 7;
        return date.AddDays(back == 0 ? -7 : -back);
    }

    /// <summary>The earliest <paramref name="day"/> strictly after <paramref name="date"/>.</summary>
    public static DateOnly WeekdayAfter(DateOnly date, DayOfWeek day)
    {
        var ahead = ((int)day - (int)date.DayOfWeek + 7) % 7;
        return date.AddDays(ahead == 0 ? 7 : ahead);
    }

    /// <summary>The latest <paramref name="day"/> on or before <paramref name="date"/>: the date itself when it falls on that day.</summary>
    public static DateOnly WeekdayOnOrBefore(DateOnly date, DayOfWeek day) =>
        date.AddDays(-(((int)date.DayOfWeek - (int)day + 7) % 7));

    /// <summary>The <paramref name="day"/> of the week (Monday to Sunday) holding <paramref name="date"/>.</summary>
    public static DateOnly WeekdayInWeek(DateOnly date, DayOfWeek day) => WeekStart(date).AddDays(((int)day + 6) % 7);

    /// <summary>The earliest <paramref name="day"/> on or after <paramref name="date"/>.</summary>
    public static DateOnly WeekdayOnOrAfter(DateOnly date, DayOfWeek day) =>
        date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);

    /// <summary>The Monday of the week holding <paramref name="date"/>.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The week (Monday to Sunday) holding <paramref name="date"/>, as a range.</summary>
    public static DateRange Week(DateOnly date)
    {
        var monday = WeekStart(date);
        return new DateRange(monday, monday.AddDays(6), DatePrecision.Range);
    }

    /// <summary>The year of the latest <paramref name="month"/> not after the month of <paramref name="date"/>.</summary>
    public static int YearOfMonthNotAfter(DateOnly date, int month) => month <= date.Month ? date.Year : date.Year - 1;

    /// <summary>The year of the earliest <paramref name="month"/> not before the month of <paramref name="date"/>.</summary>
    public static int YearOfMonthNotBefore(DateOnly date, int month) => month >= date.Month ? date.Year : date.Year + 1;

    /// <summary>
    /// The latest (<paramref name="forward"/> false) date with this month and day not after <paramref name="date"/>, or
    /// the earliest (<paramref name="forward"/> true) not before it; null when no year within
    /// <see cref="MaxLeapYearSearch"/> has that day (30 February).
    /// </summary>
    public static DateOnly? MonthDay(DateOnly date, int month, int day, bool forward)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }

        for (var i = 0; i <= MaxLeapYearSearch; i++)
        {
            var year = forward ? date.Year + i : date.Year - i;
            if (year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var candidate = new DateOnly(year, month, day);
            if (forward ? candidate >= date : candidate <= date)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The date for year, month and day, or null when there is no such day.</summary>
    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>The part of a month: early = days 1-10, mid = 11-20, late = 21 to the end.</summary>
    public static DateRange PartOfMonth(int year, int month, string part)
    {
        var last = DateTime.DaysInMonth(year, month);
        var (from, to) = part switch { "early" => (1, 10), "mid" => (11, 20), _ => (21, last) };
        return new DateRange(new DateOnly(year, month, from), new DateOnly(year, month, to), DatePrecision.Range);
    }

    /// <summary>The part of a year: early = January-April, mid = May-August, late = September-December.</summary>
    public static DateRange PartOfYear(int year, string part)
    {
        var (from, to) = part switch { "early" => (1, 4), "mid" => (5, 8), _ => (9, 12) };
        return new DateRange(new DateOnly(year, from, 1), new DateOnly(year, to, DateTime.DaysInMonth(year, to)), DatePrecision.Range);
    }
}
