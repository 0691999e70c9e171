using Sitrep.Extraction.Events.Dates;
using static Sitrep.Extraction.Tests.Events.Dates.DateRendering;

namespace Sitrep.Extraction.Tests.Events.Dates;

/// <summary>Weekdays, calendar dates and yesterday/today/tomorrow against explicit article dates (issue 3 point 4).</summary>
public sealed class DayRulesTests
{
    [Theory]
    // Reference article, dated Wednesday 2020-01-08.
    [InlineData("On Monday, the LNA advanced to Sirte.", "2020-01-08", VerbTense.Unknown, "On Monday=2020-01-06")]
    [InlineData("On Monday, the LNA advanced to Sirte.", "2020-01-08", VerbTense.Past, "On Monday=2020-01-06")]
    [InlineData("whose presidents meet in Turkey on Wednesday", "2020-01-08", VerbTense.Present, "on Wednesday=2020-01-08")]
    [InlineData("the presidents will meet on Friday", "2020-01-08", VerbTense.Future, "on Friday=2020-01-10")]
    [InlineData("the presidents will meet on Tuesday", "2020-01-08", VerbTense.Future, "on Tuesday=2020-01-14")]
    // Weekday equal to the article's weekday, past context: the article date itself, as wire copy uses it (issue 9).
    [InlineData("the ministers met on Wednesday", "2020-01-08", VerbTense.Past, "on Wednesday=2020-01-08")]
    // Across a year boundary: article Thursday 2020-01-02.
    [InlineData("Troops withdrew on Monday", "2020-01-02", VerbTense.Past, "on Monday=2019-12-30")]
    [InlineData("Troops withdrew last Monday", "2020-01-08", VerbTense.Past, "last Monday=2020-01-06")]
    [InlineData("Talks resume next Monday", "2020-01-08", VerbTense.Unknown, "next Monday=2020-01-13")]
    [InlineData("Talks resume next Wednesday", "2020-01-08", VerbTense.Unknown, "next Wednesday=2020-01-15")]
    [InlineData("Monday's statement was clear", "2020-01-08", VerbTense.Past, "Monday's=2020-01-06")]
    [InlineData("Shelling started on Sunday night", "2020-01-08", VerbTense.Past, "on Sunday night=2020-01-05")]
    [InlineData("Shelling continued since Saturday", "2020-01-08", VerbTense.Past, "since Saturday=2020-01-04/2020-01-08")]
    public void Resolve_Weekday_PlacesTheRightDay(string text, string article, VerbTense tense, string expected) =>
        Assert.Equal(expected, Render(text, article, tense));

    [Theory]
    [InlineData("Fighting broke out yesterday.", "2020-01-08", "yesterday=2020-01-07")]
    [InlineData("Fighting broke out yesterday.", "2020-03-01", "yesterday=2020-02-29")]
    [InlineData("Fighting broke out yesterday.", "2020-01-01", "yesterday=2019-12-31")]
    [InlineData("The envoy arrives today.", "2020-01-08", "today=2020-01-08")]
    [InlineData("The envoy arrives tomorrow.", "2019-12-31", "tomorrow=2020-01-01")]
    [InlineData("Strikes hit Tripoli tonight.", "2020-01-08", "tonight=2020-01-08")]
    [InlineData("Strikes hit Tripoli overnight.", "2020-01-08", "overnight=2020-01-07/2020-01-08")]
    [InlineData("Strikes hit Tripoli last night.", "2020-01-08", "last night=2020-01-07")]
    public void Resolve_RelativeDay_CountsFromTheArticleDate(string text, string article, string expected) =>
        Assert.Equal(expected, Render(text, article));

    [Theory]
    [InlineData("It was signed on Jan. 5, 2020.", "2020-03-01", "on Jan. 5, 2020=2020-01-05")]
    [InlineData("It was signed January 5th 2019.", "2020-03-01", "January 5th 2019=2019-01-05")]
    [InlineData("It was signed on 5 January 2020.", "2020-03-01", "on 5 January 2020=2020-01-05")]
    [InlineData("It was signed 2019-11-27 in Istanbul.", "2020-03-01", "2019-11-27=2019-11-27")]
    [InlineData("It was signed on Jan. 5 in Istanbul.", "2020-01-08", "on Jan. 5=2020-01-05")]
    // A month-day after the article date in past context belongs to the previous year.
    [InlineData("It was signed on Nov. 27 in Istanbul.", "2020-01-08", "on Nov. 27=2019-11-27")]
    [InlineData("It was signed on 27 November in Istanbul.", "2020-01-08", "on 27 November=2019-11-27")]
    [InlineData("Sept. 12 was quiet.", "2020-01-08", "Sept. 12=2019-09-12")]
    // Leap days: the latest 29 February not after the article date.
    [InlineData("It began on Feb. 29.", "2021-03-01", "on Feb. 29=2020-02-29")]
    [InlineData("It began on Feb. 29, 2020.", "2021-03-01", "on Feb. 29, 2020=2020-02-29")]
    [InlineData("It began on Feb. 29, 2019.", "2021-03-01", "on Feb. 29, 2019=?")]
    [InlineData("It began on Feb. 30.", "2021-03-01", "on Feb. 30=?")]
    [InlineData("Filed 2020-13-40 here.", "2021-03-01", "2020-13-40=?")]
    public void Resolve_CalendarDate_PlacesTheDayOrNothing(string text, string article, string expected) =>
        Assert.Equal(expected, Render(text, article));

    [Fact]
    public void Resolve_MonthDayInFutureContext_TakesTheNextOne() =>
        Assert.Equal("on Jan. 5=2021-01-05", Render("Elections will be held on Jan. 5.", "2020-01-08", VerbTense.Future));
}
