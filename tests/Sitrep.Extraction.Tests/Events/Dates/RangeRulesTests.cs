using Sitrep.Extraction.Events.Dates;
using static Sitrep.Extraction.Tests.Events.Dates.DateRendering;

namespace Sitrep.Extraction.Tests.Events.Dates;

/// <summary>Explicit ranges and vague periods (issue 3 point 4).</summary>
public sealed class RangeRulesTests
{
    [Theory]
    [InlineData("Fighting peaked between March and May.", "2020-08-01", "between March and May=2020-03-01/2020-05-31")]
    [InlineData("Fighting peaked between March and May.", "2020-04-10", "between March and May=2019-03-01/2019-05-31")]
    [InlineData("Fighting peaked from November to February.", "2020-03-10", "from November to February=2019-11-01/2020-02-29")]
    [InlineData("Fighting peaked from March 2014 to May 2016.", "2020-01-08", "from March 2014 to May 2016=2014-03-01/2016-05-31")]
    [InlineData("He ruled from 2014 to 2016.", "2020-01-08", "from 2014 to 2016=2014-01-01/2016-12-31")]
    [InlineData("He ruled between 2014 and 2016.", "2020-01-08", "between 2014 and 2016=2014-01-01/2016-12-31")]
    [InlineData("He ruled from 2016 to 2014.", "2020-01-08", "from 2016 to 2014=?")]
    public void Resolve_Range_CoversBothEnds(string text, string article, string expected) =>
        Assert.Equal(expected, Render(text, article, VerbTense.Past));

    [Theory]
    [InlineData("fighting has increased around Tripoli in recent weeks.", "in recent weeks=?")]
    [InlineData("They recently strengthened ties.", "recently=?")]
    [InlineData("in the past few days, shelling resumed", "in the past few days=?")]
    public void Resolve_VaguePeriod_IsReturnedWithoutADate(string text, string expected) =>
        Assert.Equal(expected, Render(text, "2020-01-08"));
}
