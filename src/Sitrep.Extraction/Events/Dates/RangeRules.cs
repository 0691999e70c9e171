using System.Text.RegularExpressions;

using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Dates;

/// <summary>Explicit ranges: "between March and May", "from 2014 to 2016"; and vague periods that are recognised but never placed.</summary>
internal static class RangeRules
{
    public static IEnumerable<TemporalRule> All()
    {
        yield return new("month-range", TemporalPatterns.MonthRange(), MonthRange);
        yield return new("year-range", TemporalPatterns.YearRange(), YearRange);
        yield return new("vague", TemporalPatterns.Vague(), (_, _) => Placement.Unplaced(TemporalDirection.Past));
    }

    private static Placement MonthRange(Match m, RuleContext context)
    {
        var first = CalendarWords.Month(m.Groups["m1"].ValueSpan);
        var last = CalendarWords.Month(m.Groups["m2"].ValueSpan);
        int? y1 = m.Groups["y1"].Success ? int.Parse(m.Groups["y1"].ValueSpan) : null;
        int? y2 = m.Groups["y2"].Success ? int.Parse(m.Groups["y2"].ValueSpan) : null;
        var direction = y1 is null && y2 is null ? TemporalDirection.Contextual : TemporalDirection.Absolute;

        // Without years, the end month is placed like "in May" and the start is the latest such month not after it.
        var endYear = y2 ?? (context.Forward
            ? CalendarMath.YearOfMonthNotBefore(context.Article, last)
            : CalendarMath.YearOfMonthNotAfter(context.Article, last));
        var startYear = y1 ?? (first <= last ? endYear : endYear - 1);
        var start = new DateOnly(startYear, first, 1);
        var end = DateRange.Month(endYear, last).End;
        DateRange? range = start <= end ? new DateRange(start, end, DatePrecision.Range) : null;
        if (range is { } r && direction == TemporalDirection.Contextual && !context.Forward)
        {
            range = r.ClipEnd(context.Article);
        }

        return Placement.Placed(range, direction);
    }

    private static Placement YearRange(Match m, RuleContext context)
    {
        var first = int.Parse(m.Groups["y1"].ValueSpan);
        var last = int.Parse(m.Groups["y2"].ValueSpan);
        DateRange? range = first <= last ? new DateRange(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31), DatePrecision.Range) : null;
        return Placement.Placed(range, TemporalDirection.Absolute);
    }
}
