using static Sitrep.Extraction.Tests.Events.Dates.DateRendering;

namespace Sitrep.Extraction.Tests.Events.Dates;

/// <summary>Durations back from the article date, in digits and in words (issue 3 point 4).</summary>
public sealed class AgoRulesTests
{
    [Theory]
    // Reference article, 2020-01-08: the offensive Haftar launched "nine months ago" is April 2019, month precision.
    [InlineData("the offensive launched by Haftar forces nine months ago.", "2020-01-08", "nine months ago=2019-04")]
    [InlineData("It began 9 months ago.", "2020-01-08", "9 months ago=2019-04")]
    [InlineData("It began three days ago.", "2020-01-08", "three days ago=2020-01-05")]
    [InlineData("It began 3 days ago.", "2020-03-02", "3 days ago=2020-02-28")]
    [InlineData("It began a year ago.", "2020-01-08", "a year ago=2019")]
    [InlineData("It began an hour ago.", "2020-01-08", "")]
    [InlineData("It began two weeks ago.", "2020-01-08", "two weeks ago=2019-12-23/2019-12-29")]
    [InlineData("It began twenty-one years ago.", "2020-01-08", "twenty-one years ago=1999")]
    [InlineData("It began Two Decades Ago.", "2020-01-08", "Two Decades Ago=2000")]
    [InlineData("It began a month ago.", "2020-03-31", "a month ago=2020-02")]
    [InlineData("It began a few weeks ago.", "2020-01-08", "a few weeks ago=?")]
    [InlineData("It began several years ago.", "2020-01-08", "several years ago=?")]
    public void Resolve_Ago_CountsBackByTheUnit(string text, string article, string expected) =>
        Assert.Equal(expected, Render(text, article));
}
