using Sitrep.Extraction.Events.Dates;
using static Sitrep.Extraction.Tests.Events.Dates.DateRendering;

namespace Sitrep.Extraction.Tests.Events.Dates;

/// <summary>
/// Every weekday of publication against every named weekday, bare (past and future tense), "last", "next" and "this",
/// with the date written out by the convention of docs/dates.md (issue 9 point 9). The week of 2020-01-06 (a Monday)
/// to 2020-01-12 (a Sunday) gives the seven article dates.
/// </summary>
[Trait("Issue", "9")]
public sealed class WeekdayConventionTests
{
    /// <summary>Article date, named weekday, then the expected day for: bare in past tense, bare in future tense, last, next, this.</summary>
    public static TheoryData<string, string, string, string, string, string, string> Table => new()
    {
        { "2020-01-06", "Monday", "2020-01-06", "2020-01-06", "2019-12-30", "2020-01-13", "2020-01-06" }, // Mon story
        { "2020-01-06", "Tuesday", "2019-12-31", "2020-01-07", "2019-12-31", "2020-01-07", "2020-01-07" }, // Mon story
        { "2020-01-06", "Wednesday", "2020-01-01", "2020-01-08", "2020-01-01", "2020-01-08", "2020-01-08" }, // Mon story
        { "2020-01-06", "Thursday", "2020-01-02", "2020-01-09", "2020-01-02", "2020-01-09", "2020-01-09" }, // Mon story
        { "2020-01-06", "Friday", "2020-01-03", "2020-01-10", "2020-01-03", "2020-01-10", "2020-01-10" }, // Mon story
        { "2020-01-06", "Saturday", "2020-01-04", "2020-01-11", "2020-01-04", "2020-01-11", "2020-01-11" }, // Mon story
        { "2020-01-06", "Sunday", "2020-01-05", "2020-01-12", "2020-01-05", "2020-01-12", "2020-01-12" }, // Mon story
        { "2020-01-07", "Monday", "2020-01-06", "2020-01-13", "2020-01-06", "2020-01-13", "2020-01-06" }, // Tue story
        { "2020-01-07", "Tuesday", "2020-01-07", "2020-01-07", "2019-12-31", "2020-01-14", "2020-01-07" }, // Tue story
        { "2020-01-07", "Wednesday", "2020-01-01", "2020-01-08", "2020-01-01", "2020-01-08", "2020-01-08" }, // Tue story
        { "2020-01-07", "Thursday", "2020-01-02", "2020-01-09", "2020-01-02", "2020-01-09", "2020-01-09" }, // Tue story
        { "2020-01-07", "Friday", "2020-01-03", "2020-01-10", "2020-01-03", "2020-01-10", "2020-01-10" }, // Tue story
        { "2020-01-07", "Saturday", "2020-01-04", "2020-01-11", "2020-01-04", "2020-01-11", "2020-01-11" }, // Tue story
        { "2020-01-07", "Sunday", "2020-01-05", "2020-01-12", "2020-01-05", "2020-01-12", "2020-01-12" }, // Tue story
        { "2020-01-08", "Monday", "2020-01-06", "2020-01-13", "2020-01-06", "2020-01-13", "2020-01-06" }, // Wed story
        { "2020-01-08", "Tuesday", "2020-01-07", "2020-01-14", "2020-01-07", "2020-01-14", "2020-01-07" }, // Wed story
        { "2020-01-08", "Wednesday", "2020-01-08", "2020-01-08", "2020-01-01", "2020-01-15", "2020-01-08" }, // Wed story
        { "2020-01-08", "Thursday", "2020-01-02", "2020-01-09", "2020-01-02", "2020-01-09", "2020-01-09" }, // Wed story
        { "2020-01-08", "Friday", "2020-01-03", "2020-01-10", "2020-01-03", "2020-01-10", "2020-01-10" }, // Wed story
        { "2020-01-08", "Saturday", "2020-01-04", "2020-01-11", "2020-01-04", "2020-01-11", "2020-01-11" }, // Wed story
        { "2020-01-08", "Sunday", "2020-01-05", "2020-01-12", "2020-01-05", "2020-01-12", "2020-01-12" }, // Wed story
        { "2020-01-09", "Monday", "2020-01-06", "2020-01-13", "2020-01-06", "2020-01-13", "2020-01-06" }, // Thu story
        { "2020-01-09", "Tuesday", "2020-01-07", "2020-01-14", "2020-01-07", "2020-01-14", "2020-01-07" }, // Thu story
        { "2020-01-09", "Wednesday", "2020-01-08", "2020-01-15", "2020-01-08", "2020-01-15", "2020-01-08" }, // Thu story
        { "2020-01-09", "Thursday", "2020-01-09", "2020-01-09", "2020-01-02", "2020-01-16", "2020-01-09" }, // Thu story
        { "2020-01-09", "Friday", "2020-01-03", "2020-01-10", "2020-01-03", "2020-01-10", "2020-01-10" }, // Thu story
        { "2020-01-09", "Saturday", "2020-01-04", "2020-01-11", "2020-01-04", "2020-01-11", "2020-01-11" }, // Thu story
        { "2020-01-09", "Sunday", "2020-01-05", "2020-01-12", "2020-01-05", "2020-01-12", "2020-01-12" }, // Thu story
        { "2020-01-10", "Monday", "2020-01-06", "2020-01-13", "2020-01-06", "2020-01-13", "2020-01-06" }, // Fri story
        { "2020-01-10", "Tuesday", "2020-01-07", "2020-01-14", "2020-01-07", "2020-01-14", "2020-01-07" }, // Fri story
        { "2020-01-10", "Wednesday", "2020-01-08", "2020-01-15", "2020-01-08", "2020-01-15", "2020-01-08" }, // Fri story
        { "2020-01-10", "Thursday", "2020-01-09", "2020-01-16", "2020-01-09", "2020-01-16", "2020-01-09" }, // Fri story
        { "2020-01-10", "Friday", "2020-01-10", "2020-01-10", "2020-01-03", "2020-01-17", "2020-01-10" }, // Fri story
        { "2020-01-10", "Saturday", "2020-01-04", "2020-01-11", "2020-01-04", "2020-01-11", "2020-01-11" }, // Fri story
        { "2020-01-10", "Sunday", "2020-01-05", "2020-01-12", "2020-01-05", "2020-01-12", "2020-01-12" }, // Fri story
        { "2020-01-11", "Monday", "2020-01-06", "2020-01-13", "2020-01-06", "2020-01-13", "2020-01-06" }, // Sat story
        { "2020-01-11", "Tuesday", "2020-01-07", "2020-01-14", "2020-01-07", "2020-01-14", "2020-01-07" }, // Sat story
        { "2020-01-11", "Wednesday", "2020-01-08", "2020-01-15", "2020-01-08", "2020-01-15", "2020-01-08" }, // Sat story
        { "2020-01-11", "Thursday", "2020-01-09", "2020-01-16", "2020-01-09", "2020-01-16", "2020-01-09" }, // Sat story
        { "2020-01-11", "Friday", "2020-01-10", "2020-01-17", "2020-01-10", "2020-01-17", "2020-01-10" }, // Sat story
        { "2020-01-11", "Saturday", "2020-01-11", "2020-01-11", "2020-01-04", "2020-01-18", "2020-01-11" }, // Sat story
        { "2020-01-11", "Sunday", "2020-01-05", "2020-01-12", "2020-01-05", "2020-01-12", "2020-01-12" }, // Sat story
        { "2020-01-12", "Monday", "2020-01-06", "2020-01-13", "2020-01-06", "2020-01-13", "2020-01-06" }, // Sun story
        { "2020-01-12", "Tuesday", "2020-01-07", "2020-01-14", "2020-01-07", "2020-01-14", "2020-01-07" }, // Sun story
        { "2020-01-12", "Wednesday", "2020-01-08", "2020-01-15", "2020-01-08", "2020-01-15", "2020-01-08" }, // Sun story
        { "2020-01-12", "Thursday", "2020-01-09", "2020-01-16", "2020-01-09", "2020-01-16", "2020-01-09" }, // Sun story
        { "2020-01-12", "Friday", "2020-01-10", "2020-01-17", "2020-01-10", "2020-01-17", "2020-01-10" }, // Sun story
        { "2020-01-12", "Saturday", "2020-01-11", "2020-01-18", "2020-01-11", "2020-01-18", "2020-01-11" }, // Sun story
        { "2020-01-12", "Sunday", "2020-01-12", "2020-01-12", "2020-01-05", "2020-01-19", "2020-01-12" }, // Sun story
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Resolve_BareWeekdayInPastTense_IsTheLatestOnOrBeforeTheArticleDate(string article, string day, string past, string future, string last, string next, string thisWeek)
    {
        _ = (future, last, next, thisWeek);
        Assert.Equal($"on {day}={past}", Render($"The ministers met on {day}", article, VerbTense.Past));
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Resolve_BareWeekdayInUnknownTense_ReadsAsPast(string article, string day, string past, string future, string last, string next, string thisWeek)
    {
        _ = (future, last, next, thisWeek);
        Assert.Equal($"On {day}={past}", Render($"On {day}, the ministers in Ankara", article, VerbTense.Unknown));
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Resolve_BareWeekdayInFutureTense_IsTheEarliestOnOrAfterTheArticleDate(string article, string day, string past, string future, string last, string next, string thisWeek)
    {
        _ = (past, last, next, thisWeek);
        Assert.Equal($"on {day}={future}", Render($"The ministers will meet on {day}", article, VerbTense.Future));
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Resolve_LastWeekday_IsStrictlyBeforeTheArticleDate(string article, string day, string past, string future, string last, string next, string thisWeek)
    {
        _ = (past, future, next, thisWeek);
        Assert.Equal($"last {day}={last}", Render($"The ministers met last {day}", article, VerbTense.Past));
        Assert.Equal($"last {day}={last}", Render($"The ministers met last {day}", article, VerbTense.Future));
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Resolve_NextWeekday_IsStrictlyAfterTheArticleDate(string article, string day, string past, string future, string last, string next, string thisWeek)
    {
        _ = (past, future, last, thisWeek);
        Assert.Equal($"next {day}={next}", Render($"The ministers will meet next {day}", article, VerbTense.Future));
        Assert.Equal($"next {day}={next}", Render($"The ministers will meet next {day}", article, VerbTense.Past));
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Resolve_ThisWeekday_IsThatDayOfTheArticlesWeek(string article, string day, string past, string future, string last, string next, string thisWeek)
    {
        _ = (past, future, last, next);
        Assert.Equal($"this {day}={thisWeek}", Render($"The ministers meet this {day}", article, VerbTense.Past));
        Assert.Equal($"this {day}={thisWeek}", Render($"The ministers meet this {day}", article, VerbTense.Future));
    }
}
