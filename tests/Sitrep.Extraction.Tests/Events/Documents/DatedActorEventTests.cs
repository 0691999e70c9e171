using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>Dated codes (issue 3 point 1) carried into events: the same sentence codes differently on different article dates.</summary>
public sealed class DatedActorEventTests
{
    private static string Code(string text, DateOnly date) =>
        string.Join("; ", Default.Process(new Document("d", text, new DocumentMetadata { Date = date })).Events.Select(e => $"{e.Source?.Code.Value ?? "-"}>{e.Target?.Code.Value ?? "-"}:{e.Code}"));

    [Theory]
    [InlineData("2019-06-01", "LBYGOV>TURGOV:040")]
    [InlineData("2023-06-01", "LBYELI>TURGOV:040")]
    public void OfficeHolder_CodeDependsOnArticleDate(string date, string expected) =>
        Assert.Equal(expected, Code("Fayez al-Serraj met Recep Tayyip Erdogan in Ankara.", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2018-05-01", "USAGOV>IRN:111")]
    [InlineData("2022-05-01", "USAELI>IRN:111")]
    public void Criticism_ByFormerPresident(string date, string expected) =>
        Assert.Equal(expected, Code("Donald Trump criticized Iran.", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}
