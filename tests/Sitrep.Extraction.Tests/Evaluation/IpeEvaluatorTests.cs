using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Extraction.Evaluation;
using static Sitrep.Extraction.Tests.Evaluation.EvalEvents;

namespace Sitrep.Extraction.Tests.Evaluation;

[Trait("Issue", "8")]
public sealed class IpeEvaluatorTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData("COP", true)]
    [InlineData("INDCOP", true)]
    [InlineData("INDCOPREB", true)]
    [InlineData("INDGOV", false)]
    [InlineData("XCOPXX", false)]
    [InlineData("COPS", false)]
    [InlineData("---", false)]
    public void IsPoliceSource_SourceCode_NeedsACopSegment(string code, bool expected)
    {
        Assert.Equal(expected, IpeEvaluator.IsPoliceSource(Event("190", 0, source: code)));
    }

    [Fact]
    public void IsPoliceSource_NoSource_IsFalse()
    {
        Assert.False(IpeEvaluator.IsPoliceSource(Event("190", 0)));
    }

    [Theory]
    [InlineData("COP", "173", null, "Arrest AnyAction")]
    [InlineData("COP", "1731", null, "Arrest AnyAction")]
    [InlineData("INDCOP", "175", null, "Force AnyAction")]
    [InlineData("COP", "190", 2, "Kill Force AnyAction")]
    [InlineData("COP", "1823", null, "Force AnyAction")]
    [InlineData("COP", "20", null, "Force AnyAction")]
    [InlineData("COP", "180", 0, "Force AnyAction")]
    [InlineData("COP", "042", null, "AnyAction")]
    [InlineData("COP", "17", null, "AnyAction")]
    [InlineData("INDGOV", "190", 3, "")]
    public void LabelsOf_PoliceEvent_FollowsTheDefinitions(string source, string code, int? fatalities, string expected)
    {
        var labels = IpeEvaluator.LabelsOf(Event(code, 0, source: source, fatalities: fatalities));
        Assert.Equal(expected, string.Join(' ', labels));
    }

    [Fact]
    public void Analyse_TriggerAtSentenceEnd_BelongsToTheNextSentence()
    {
        var article = Article("a", (0, 10, []), (10, 20, []));
        var outcome = IpeEvaluator.Analyse(article, Document(20, Event("173", 10, source: "COP")));
        Assert.Empty(outcome.Sentences[0].Predicted);
        Assert.Equal([IpeLabel.Arrest, IpeLabel.AnyAction], outcome.Sentences[1].Predicted.AsEnumerable());
    }

    [Fact]
    public void Analyse_TriggerBetweenSentences_CountsAnEventOutside()
    {
        var article = Article("a", (0, 10, []), (11, 20, []));
        var outcome = IpeEvaluator.Analyse(article, Document(20, Event("173", 10, source: "COP"), Event("190", 2)));
        Assert.Equal((2, 1, 1), (outcome.Events, outcome.PoliceEvents, outcome.EventsOutsideSentences));
        Assert.All(outcome.Sentences, s => Assert.Empty(s.Predicted));
    }

    [Fact]
    public void Score_TwoArticles_SentenceLevelMatchesHandCounts()
    {
        var report = IpeEvaluator.Score(Outcomes());
        Assert.Equal((2, 5, 4, 3, 0), (report.Articles, report.Sentences, report.Events, report.PoliceEvents, report.EventsOutsideSentences));
        Assert.Equal((1, 1, 1), Counts(report.SentenceScores, IpeLabel.Kill));
        Assert.Equal((1, 1, 0), Counts(report.SentenceScores, IpeLabel.Arrest));
        Assert.Equal((1, 1, 1), Counts(report.SentenceScores, IpeLabel.Force));
        Assert.Equal((3, 3, 1), Counts(report.SentenceScores, IpeLabel.AnyAction));
        var any = report.SentenceScores.Single(s => s.Label == IpeLabel.AnyAction);
        Assert.Equal(1.0 / 3, any.F1, Tolerance);
        Assert.Equal(0, report.SentenceScores.Single(s => s.Label == IpeLabel.Arrest).F1, Tolerance);
    }

    [Fact]
    public void Score_Fail_ReportsGoldOnly()
    {
        var fail = IpeEvaluator.Score(Outcomes()).SentenceScores.Single(s => s.Label == IpeLabel.Fail);
        Assert.Equal((false, 1, 0, 0), (fail.IsPredicted, fail.Gold, fail.Predicted, fail.TruePositives));
    }

    [Fact]
    public void Score_TwoArticles_DocumentIsPositiveWhenAnySentenceIs()
    {
        var report = IpeEvaluator.Score(Outcomes());
        Assert.Equal((1, 1, 1), Counts(report.DocumentScores, IpeLabel.Kill));
        Assert.Equal((1, 1, 0), Counts(report.DocumentScores, IpeLabel.Arrest));
        Assert.Equal((2, 2, 2), Counts(report.DocumentScores, IpeLabel.AnyAction));
        Assert.Equal(1, report.DocumentScores.Single(s => s.Label == IpeLabel.AnyAction).F1, Tolerance);
    }

    private static (int Gold, int Predicted, int TruePositives) Counts(ImmutableArray<IpeLabelScore> scores, IpeLabel label)
    {
        var s = scores.Single(x => x.Label == label);
        return (s.Gold, s.Predicted, s.TruePositives);
    }

    /// <summary>
    /// Article a: s0 gold KILL FORCE ANY_ACTION holds a fatal police 190 (predicted KILL FORCE ANY_ACTION); s1 gold
    /// ARREST ANY_ACTION holds a non-police 173 (nothing); s2 no gold holds a police 042 (ANY_ACTION). Article b: s0
    /// gold FAIL ANY_ACTION holds nothing; s1 no gold holds a police 173 (ARREST ANY_ACTION).
    /// </summary>
    private static List<IpeArticleOutcome> Outcomes() =>
    [
        IpeEvaluator.Analyse(
            Article("a", (0, 10, [IpeLabel.Kill, IpeLabel.Force, IpeLabel.AnyAction]), (11, 20, [IpeLabel.Arrest, IpeLabel.AnyAction]), (21, 30, [])),
            Document(30, Event("190", 2, source: "INDCOP", fatalities: 1), Event("173", 12, source: "INDREB"), Event("042", 22, source: "COP"))),
        IpeEvaluator.Analyse(
            Article("b", (0, 10, [IpeLabel.Fail, IpeLabel.AnyAction]), (10, 20, [])),
            Document(20, Event("173", 10, source: "COP"))),
    ];

    private static IpeGoldArticle Article(string id, params (int Start, int End, IpeLabel[] Labels)[] sentences) =>
        new(id, null, null, new string(' ', sentences[^1].End), [.. sentences.Select((s, i) => new IpeGoldSentence(i, new TextSpan(s.Start, s.End), [.. s.Labels]))]);
}
