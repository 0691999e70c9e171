using System.Text.RegularExpressions;

using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Dates;

/// <summary>Rules that place a single day: calendar dates, weekdays, and yesterday/today/tomorrow.</summary>
internal static class DayRules
{
    public static IEnumerable<TemporalRule> All()
    {
        yield return new("iso-date", TemporalPatterns.IsoDate(), (m, _) => FullDate(m, "mon"));
        yield return new("month-day-year", TemporalPatterns.MonthDayYear(), (m, _) => FullDate(m, "month"));
        yield return new("day-month-year", TemporalPatterns.DayMonthYear(), (m, _) => FullDate(m, "month"));
        yield return new("month-day", TemporalPatterns.MonthDay(), MonthDay);
        yield return new("day-month", TemporalPatterns.DayMonth(), MonthDay);
        yield return new("weekday", TemporalPatterns.NamedWeekday(), Weekday);
        yield return new("relative-day", TemporalPatterns.RelativeDay(), RelativeDay);
    }

    private static Placement FullDate(Match m, string monthGroup)
    {
        var month = monthGroup == "mon" ? int.Parse(m.Groups["mon"].ValueSpan) : CalendarWords.Month(m.Groups["month"].ValueSpan);
        var date = CalendarMath.TryDate(int.Parse(m.Groups["year"].ValueSpan), month, int.Parse(m.Groups["day"].ValueSpan));
        return Placement.Placed(date is { } d ? DateRange.Day(d) : null, TemporalDirection.Absolute);
    }

    // "on Jan. 5" without a year: the latest such day not after the article date in past context, else the next one.
    private static Placement MonthDay(Match m, RuleContext context)
    {
        var month = CalendarWords.Month(m.Groups["month"].ValueSpan);
        var day = int.Parse(m.Groups["day"].ValueSpan);
        var date = CalendarMath.MonthDay(context.Article, month, day, context.Forward);
        return Placement.Placed(date is { } d ? DateRange.Day(d) : null, TemporalDirection.Contextual);
    }

    private static Placement Weekday(Match m, RuleContext context)
    {
        var day = CalendarWords.Weekday(m.Groups["weekday"].ValueSpan);
        var article = context.Article;
        var rel = m.Groups["rel"].Success ? m.Groups["rel"].Value.ToLowerInvariant() : "";
        if (m.Groups["prep"].Success && m.Groups["prep"].ValueSpan.Equals("since", StringComparison.OrdinalIgnoreCase))
        {
            // "since Monday": from that day up to the article date.
            var from = CalendarMath.WeekdayBefore(article, day);
            return Placement.Placed(new DateRange(from, article, DatePrecision.Range), TemporalDirection.Past);
        }

        // The weekday convention (docs/dates.md, issue 9 point 9). Wire copy names the day of publication by its
        // weekday ("said on Monday" in a Monday story is that day), so a bare weekday includes the article date in
        // either tense; "last" and "next" never mean the article's own day (a week before or after); "this" is the
        // day of the article's week (Monday to Sunday, ISO 8601), before or after the article date.
        return rel switch
        {
            "last" or "past" => Placement.Placed(DateRange.Day(CalendarMath.WeekdayBefore(article, day)), TemporalDirection.Past),
            "next" or "coming" => Placement.Placed(DateRange.Day(CalendarMath.WeekdayAfter(article, day)), TemporalDirection.Future),
            "this" => Placement.Placed(DateRange.Day(CalendarMath.WeekdayInWeek(article, day)), TemporalDirection.Contextual),
            _ when context.Forward => Placement.Placed(DateRange.Day(CalendarMath.WeekdayOnOrAfter(article, day)), TemporalDirection.Contextual),

            // Past or unknown tense (issue 3 point 4): "on Monday" is the latest Monday on or before the article date.
            _ => Placement.Placed(DateRange.Day(CalendarMath.WeekdayOnOrBefore(article, day)), TemporalDirection.Contextual),
        };
    }

    private static Placement RelativeDay(Match m, RuleContext context)
    {
        var article = context.Article;
        var word = m.Groups["word"].Value.ToLowerInvariant();
        return word switch
        {
            "yesterday" => Placement.Placed(DateRange.Day(article.AddDays(-1)), TemporalDirection.Past),
            "today" or "tonight" => Placement.Placed(DateRange.Day(article), TemporalDirection.Past),
            "tomorrow" => Placement.Placed(DateRange.Day(article.AddDays(1)), TemporalDirection.Future),

            // "overnight" in news copy is the night before publication: the previous day and the article date.
            "overnight" => Placement.Placed(new DateRange(article.AddDays(-1), article, DatePrecision.Range), TemporalDirection.Past),
            _ => Placement.Placed(DateRange.Day(article.AddDays(-1)), TemporalDirection.Past), // last night
        };
    }
}
