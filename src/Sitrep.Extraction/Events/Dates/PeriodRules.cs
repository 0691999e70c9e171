using System.Text.RegularExpressions;

using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Dates;

/// <summary>Rules that place months, years and weeks: "in November", "since September", "in 2011", "last year", "this week".</summary>
internal static class PeriodRules
{
    public static IEnumerable<TemporalRule> All()
    {
        yield return new("month-year", TemporalPatterns.MonthYear(), MonthYear);
        yield return new("named-month", TemporalPatterns.NamedMonth(), NamedMonth);
        yield return new("in-year", TemporalPatterns.InYear(), InYear);
        yield return new("relative-period", TemporalPatterns.RelativePeriod(), RelativePeriod);
    }

    private static string Lower(Match m, string group) => m.Groups[group].Success ? m.Groups[group].Value.ToLowerInvariant() : "";

    private static Placement MonthYear(Match m, RuleContext context)
    {
        var year = int.Parse(m.Groups["year"].ValueSpan);
        var month = CalendarWords.Month(m.Groups["month"].ValueSpan);
        return Month(year, month, Lower(m, "prep"), Lower(m, "part"), context, TemporalDirection.Absolute);
    }

    // A bare month name needs a preposition or modifier: "May" alone is too often the modal or a name (issue 3 point 4).
    private static Placement NamedMonth(Match m, RuleContext context)
    {
        var prep = Lower(m, "prep");
        var part = Lower(m, "part");
        var rel = Lower(m, "rel");
        if (prep.Length == 0 && part.Length == 0 && rel.Length == 0)
        {
            return Placement.Reject;
        }

        var month = CalendarWords.Month(m.Groups["month"].ValueSpan);
        var article = context.Article;
        var (year, direction) = rel switch
        {
            // "last November": the latest November before the article's month.
            "last" or "past" => (month < article.Month ? article.Year : article.Year - 1, TemporalDirection.Past),
            "next" or "coming" => (month > article.Month ? article.Year : article.Year + 1, TemporalDirection.Future),
            _ when prep == "since" => (CalendarMath.YearOfMonthNotAfter(article, month), TemporalDirection.Past),
            _ when context.Forward => (CalendarMath.YearOfMonthNotBefore(article, month), TemporalDirection.Contextual),
            _ => (CalendarMath.YearOfMonthNotAfter(article, month), TemporalDirection.Contextual),
        };
        return Month(year, month, prep, part, context, direction);
    }

    private static Placement Month(int year, int month, string prep, string part, RuleContext context, TemporalDirection direction)
    {
        var range = part.Length > 0 ? CalendarMath.PartOfMonth(year, month, part) : DateRange.Month(year, month);
        return prep == "since"
            ? Since(range, context)
            : Placement.Placed(Clip(range, context, direction), direction);
    }

    // "since September": from the start of the period to the article date; unplaced when the period starts later.
    private static Placement Since(DateRange range, RuleContext context) =>
        Placement.Placed(
            range.Start <= context.Article ? new DateRange(range.Start, context.Article, DatePrecision.Range) : null,
            TemporalDirection.Past);

    private static Placement InYear(Match m, RuleContext context)
    {
        var year = int.Parse(m.Groups["year"].ValueSpan);
        var part = Lower(m, "part");
        var range = part.Length > 0 ? CalendarMath.PartOfYear(year, part) : DateRange.Year(year);
        return Lower(m, "prep") == "since" ? Since(range, context) : Placement.Placed(range, TemporalDirection.Absolute);
    }

    private static Placement RelativePeriod(Match m, RuleContext context)
    {
        var article = context.Article;
        var rel = Lower(m, "rel");
        var part = Lower(m, "part");
        var unit = Lower(m, "unit");
        var offset = rel switch { "last" or "past" => -1, "next" => 1, _ => 0 };
        var period = unit switch
        {
            "year" => DateRange.Year(article.Year + offset),
            "month" => DateRange.Month(article.AddMonths(offset).Year, article.AddMonths(offset).Month),
            _ => CalendarMath.Week(article.AddDays(7 * offset)),
        };
        var direction = offset < 0 ? TemporalDirection.Past : offset > 0 ? TemporalDirection.Future : TemporalDirection.Contextual;
        if (part is "earlier" or "later")
        {
            // "earlier this year": the period's start to the article date; "later this year": the article date to its end.
            var earlier = part == "earlier";
            var range = earlier ? period.ClipEnd(article) : period.ClipStart(article);
            return Placement.Placed(range is { } r ? r with { Precision = DatePrecision.Range } : period with { Precision = DatePrecision.Range },
                offset != 0 ? direction : earlier ? TemporalDirection.Past : TemporalDirection.Future);
        }

        if (part.Length > 0)
        {
            period = unit == "year"
                ? CalendarMath.PartOfYear(period.Start.Year, part)
                : unit == "month" ? CalendarMath.PartOfMonth(period.Start.Year, period.Start.Month, part) : period;
        }

        return Placement.Placed(Clip(period, context, direction), direction);
    }

    // A contextual period in past context ends at the article date ("this week" in "fighting has increased this week").
    private static DateRange? Clip(DateRange range, RuleContext context, TemporalDirection direction) =>
        direction is TemporalDirection.Contextual && !context.Forward ? range.ClipEnd(context.Article) : range;
}
