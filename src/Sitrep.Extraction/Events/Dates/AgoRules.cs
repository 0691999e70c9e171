using System.Text.RegularExpressions;

namespace Sitrep.Extraction.Events.Dates;

/// <summary>Durations back from the article date: "nine months ago", "two weeks ago", "a year ago".</summary>
internal static class AgoRules
{
    public static IEnumerable<TemporalRule> All()
    {
        yield return new("ago", TemporalPatterns.Ago(), Ago);
    }

    // Precision follows the unit: "nine months ago" is a month (2019-04 for an article of 2020-01-08), not a day.
    private static Placement Ago(Match m, RuleContext context)
    {
        if (m.Groups["vague"].Success || CalendarWords.Count(m.Groups["count"].ValueSpan) is not { } count || count == 0)
        {
            return Placement.Unplaced(TemporalDirection.Past);
        }

        var article = context.Article;
        var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
        DateRange? range = unit switch
        {
            "day" => DateRange.Day(article.AddDays(-count)),

            // "two weeks ago": the Monday-to-Sunday week holding that day, cut at the article date.
            "week" => CalendarMath.Week(article.AddDays(-7 * count)).ClipEnd(article),
            "month" => DateRange.Month(article.AddMonths(-count).Year, article.AddMonths(-count).Month),
            "year" => article.Year - count >= 1 ? DateRange.Year(article.Year - count) : null,
            _ => DecadeAgo(article, count),
        };
        return Placement.Placed(range, TemporalDirection.Past);
    }

    private static DateRange? DecadeAgo(DateOnly article, int count)
    {
        var year = article.Year - (10 * count);
        return year >= 1 ? DateRange.Year(year) : null;
    }
}
