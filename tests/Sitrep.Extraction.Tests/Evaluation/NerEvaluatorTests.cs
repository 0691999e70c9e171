using Sitrep.Core.Model;
using Sitrep.Extraction.Evaluation;

namespace Sitrep.Extraction.Tests.Evaluation;

public class NerEvaluatorTests
{
    [Fact]
    public void Match_OverlappingSpans_MatchOneToOne()
    {
        var (tp, fp, fn) = NerEvaluator.Match([new TextSpan(0, 10)], [new TextSpan(2, 4), new TextSpan(5, 8)]);
        Assert.Equal((1, 0, 1), (tp, fp, fn));
    }

    [Fact]
    public void Match_DisjointSpans_CountAsErrors()
    {
        Assert.Equal((0, 1, 1), NerEvaluator.Match([new TextSpan(0, 3)], [new TextSpan(3, 6)]));
    }

    [Theory]
    [InlineData("He", false)]
    [InlineData("the city", false)]
    [InlineData("The Foreign Secretary", true)]
    [InlineData("ISIL", true)]
    public void IsNamed_Text_CountsOnlyNamedMentions(string text, bool expected)
    {
        Assert.Equal(expected, NerGoldReader.IsNamed(text));
    }

    [Theory]
    [InlineData("Person", EntityType.Person)]
    [InlineData("Organisation", EntityType.Org)]
    [InlineData("Location", EntityType.Place)]
    [InlineData("Nationality", EntityType.Nationality)]
    [InlineData("MilitaryPlatform", EntityType.Equipment)]
    [InlineData("Vehicle", EntityType.Equipment)]
    [InlineData("Weapon", EntityType.Equipment)]
    [InlineData("Temporal", null)]
    public void MapType_Re3dLabel_MapsToOurType(string label, EntityType? expected)
    {
        Assert.Equal(expected, NerGoldReader.MapType(label));
    }

    [Fact]
    public void Parse_GoldLine_KeepsNamedMappedSpans()
    {
        var doc = NerGoldReader.Parse("""{"id":"d1","text":"He met Ash Carter in Iraq.","entities":[{"start":0,"end":2,"type":"Person"},{"start":7,"end":17,"type":"Person"},{"start":21,"end":25,"type":"Location"},{"start":3,"end":6,"type":"Temporal"}]}""");
        Assert.Equal(["Ash Carter", "Iraq"], doc.Spans.Select(s => s.Text));
    }

    [Fact]
    public void Errors_TypeConfusion_ListsBothSidesWithTheOtherType()
    {
        var gold = NerGoldReader.Parse("""{"id":"d2","text":"Dorian Velk visited Baghdad on Monday.","entities":[{"start":0,"end":11,"type":"Organisation"},{"start":20,"end":27,"type":"Location"}]}""");
        var errors = NerEvaluator.Errors(Entities.EntityTestKit.Pipeline, [gold]);
        Assert.Equal(
            ["FP Person Dorian Velk Org", "FN Org Dorian Velk Person"],
            errors.Select(e => $"{(e.FalsePositive ? "FP" : "FN")} {e.Type} {e.Text} {e.OtherType}"));
        Assert.All(errors, e => Assert.Contains("[[Dorian Velk]] visited Baghdad", e.Context, StringComparison.Ordinal));
    }
}
