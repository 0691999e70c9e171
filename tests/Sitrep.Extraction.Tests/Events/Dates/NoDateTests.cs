using Sitrep.Extraction.Events.Dates;
using static Sitrep.Extraction.Tests.Events.Dates.DateRendering;

namespace Sitrep.Extraction.Tests.Events.Dates;

/// <summary>Words that look like dates but are not, and numbers that are not years (issue 3 point 4).</summary>
public sealed class NoDateTests
{
    [Theory]
    [InlineData("Officials said the talks may fail.")]
    [InlineData("May God protect Libya, he said.")]
    [InlineData("Protesters march on the capital.")]
    [InlineData("March to the capital, the commander ordered.")]
    [InlineData("May said the deal was dead.")]
    [InlineData("About 2000 troops were sent.")]
    [InlineData("The mayday call came at 2019 hours.")]
    public void Resolve_NoTemporalExpression_ReturnsNothing(string text) =>
        Assert.Equal("", Render(text, "2020-01-08"));

    [Fact]
    public void Resolve_WeekdayAsModifier_IsStillThatWeekday() =>
        Assert.Equal("Monday's=2020-01-06", Render("Monday's statement was clear.", "2020-01-08"));

    [Fact]
    public void Resolve_ModalMayBesideMonthMay_OnlyTheMonth() =>
        Assert.Equal("in May=2020-05", Render("They may meet in May.", "2020-01-08", VerbTense.Future));

    [Fact]
    public void Resolve_SeveralExpressions_OrderedAndNotOverlapping() =>
        Assert.Equal("On Monday=2020-01-06; nine months ago=2019-04; last year=2019",
            Render("On Monday, forces that attacked nine months ago returned, as last year.", "2020-01-08"));
}
