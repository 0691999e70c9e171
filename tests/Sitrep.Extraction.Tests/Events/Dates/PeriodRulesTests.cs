using Sitrep.Extraction.Events.Dates;
using static Sitrep.Extraction.Tests.Events.Dates.DateRendering;

namespace Sitrep.Extraction.Tests.Events.Dates;

/// <summary>Months, years and weeks against explicit article dates (issue 3 point 4).</summary>
public sealed class PeriodRulesTests
{
    [Theory]
    // Reference article, 2020-01-08.
    [InlineData("after signing agreements with the GNA in November.", "2020-01-08", "in November=2019-11")]
    [InlineData("contractors deployed since September, officials say", "2020-01-08", "since September=2019-09-01/2020-01-08")]
    // Year boundary: an article in January, "in December" is the previous year; the article's own month is this year.
    [InlineData("They met in December.", "2020-01-31", "in December=2019-12")]
    [InlineData("They met in January.", "2020-01-31", "in January=2020-01")]
    [InlineData("They met in early March.", "2020-05-02", "in early March=2020-03-01/2020-03-10")]
    [InlineData("They met in late February.", "2020-05-02", "in late February=2020-02-21/2020-02-29")]
    [InlineData("They met last November.", "2020-11-20", "last November=2019-11")]
    [InlineData("They met in November 2018.", "2020-01-08", "in November 2018=2018-11")]
    [InlineData("They met in May.", "2020-01-08", "in May=2019-05")]
    public void Resolve_Month_PastContext_LatestMonthNotAfterTheArticle(string text, string article, string expected) =>
        Assert.Equal(expected, Render(text, article, VerbTense.Past));

    [Theory]
    [InlineData("Elections will be held in November.", "2020-01-08", "in November=2020-11")]
    [InlineData("Elections will be held in January.", "2020-01-08", "in January=2020-01")]
    [InlineData("Elections will be held next March.", "2020-05-08", "next March=2021-03")]
    public void Resolve_Month_FutureContext_NextMonthNotBeforeTheArticle(string text, string article, string expected) =>
        Assert.Equal(expected, Render(text, article, VerbTense.Future));

    [Theory]
    [InlineData("Ankara bought missiles last year.", "2020-01-08", "last year=2019")]
    [InlineData("Ankara bought missiles a year earlier, in 2011.", "2020-01-08", "in 2011=2011")]
    [InlineData("The war has raged since 2014.", "2020-01-08", "since 2014=2014-01-01/2020-01-08")]
    [InlineData("Talks failed earlier this year.", "2020-03-08", "earlier this year=2020-01-01/2020-03-08")]
    [InlineData("Talks failed late last year.", "2020-01-08", "late last year=2019-09-01/2019-12-31")]
    [InlineData("Talks failed in late 2018.", "2020-01-08", "in late 2018=2018-09-01/2018-12-31")]
    [InlineData("Talks failed last month.", "2020-01-08", "last month=2019-12")]
    [InlineData("Talks failed earlier this month.", "2020-01-08", "earlier this month=2020-01-01/2020-01-08")]
    [InlineData("Talks failed this week.", "2020-01-08", "this week=2020-01-06/2020-01-08")]
    [InlineData("Talks failed last week.", "2020-01-08", "last week=2019-12-30/2020-01-05")]
    [InlineData("Talks resume next week.", "2020-01-08", "next week=2020-01-13/2020-01-19")]
    [InlineData("Talks resume later this year.", "2020-01-08", "later this year=2020-01-08/2020-12-31")]
    public void Resolve_RelativePeriod_PlacesThePeriod(string text, string article, string expected) =>
        Assert.Equal(expected, Render(text, article));

    [Fact]
    public void Resolve_ThisWeekInFutureContext_WholeWeek() =>
        Assert.Equal("this week=2020-01-06/2020-01-12", Render("Talks resume this week.", "2020-01-08", VerbTense.Present));

    [Fact]
    public void Resolve_SinceAFutureMonthOfThisYear_TakesLastYear() =>
        Assert.Equal("since March=2019-03-01/2020-01-08", Render("Fighting has raged since March.", "2020-01-08"));
}
