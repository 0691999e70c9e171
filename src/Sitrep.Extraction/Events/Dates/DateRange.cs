using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Dates;

/// <summary>A resolved inclusive date range with its precision.</summary>
/// <param name="Start">First day, inclusive.</param>
/// <param name="End">Last day, inclusive; not before <paramref name="Start"/>.</param>
/// <param name="Precision">How precisely the range was stated.</param>
internal readonly record struct DateRange(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static DateRange Day(DateOnly day) => new(day, day, DatePrecision.Day);

    public static DateRange Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month);

    public static DateRange Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    /// <summary>This range with its end moved back to <paramref name="limit"/> when it lies after it; null when it starts after it.</summary>
    public DateRange? ClipEnd(DateOnly limit) => Start > limit ? null : End <= limit ? this : this with { End = limit };

    /// <summary>This range with its start moved forward to <paramref name="limit"/> when it lies before it; null when it ends before it.</summary>
    public DateRange? ClipStart(DateOnly limit) => End < limit ? null : Start >= limit ? this : this with { Start = limit };
}
