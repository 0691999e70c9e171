using Sitrep.Core.Model;
using Sitrep.Extraction.Evaluation;
using static Sitrep.Extraction.Tests.Evaluation.EvalEvents;

namespace Sitrep.Extraction.Tests.Evaluation;

[Trait("Issue", "8")]
public sealed class CaseEvaluatorTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void ChooseEvent_HigherAcledConfidence_Wins()
    {
        var doc = Document(40, Event("190", 0, CaseLabel.ARMED_CLASH, acledConfidence: 0.4, confidence: 0.9), Event("173", 10, CaseLabel.ARREST, acledConfidence: 0.6, confidence: 0.1));
        Assert.Equal(CaseLabel.ARREST, CaseEvaluator.ChooseEvent(doc)!.Acled!.CaseLabel);
    }

    [Fact]
    public void ChooseEvent_AcledConfidenceTied_HigherEventConfidenceWins()
    {
        var doc = Document(40, Event("190", 0, CaseLabel.ARMED_CLASH, 0.5, confidence: 0.3), Event("173", 10, CaseLabel.ARREST, 0.5, confidence: 0.7));
        Assert.Equal(CaseLabel.ARREST, CaseEvaluator.ChooseEvent(doc)!.Acled!.CaseLabel);
    }

    [Fact]
    public void ChooseEvent_BothConfidencesTied_EarlierEvidenceWins()
    {
        // The later event comes first in the layer, so document order alone would pick it.
        var doc = Document(40, Event("173", 20, CaseLabel.ARREST, 0.5, 0.5), Event("190", 5, CaseLabel.ARMED_CLASH, 0.5, 0.5));
        Assert.Equal(CaseLabel.ARMED_CLASH, CaseEvaluator.ChooseEvent(doc)!.Acled!.CaseLabel);
    }

    [Fact]
    public void ChooseEvent_NoEventWithAcled_ReturnsNull()
    {
        Assert.Null(CaseEvaluator.ChooseEvent(Document(40, Event("042", 0), Event("190", 10))));
    }

    [Fact]
    public void ChooseEvent_EventWithoutAcledMoreConfident_IsIgnored()
    {
        var doc = Document(40, Event("190", 0, confidence: 1.0), Event("173", 10, CaseLabel.ARREST, 0.1, 0.1));
        Assert.Equal(CaseLabel.ARREST, CaseEvaluator.ChooseEvent(doc)!.Acled!.CaseLabel);
    }

    [Fact]
    public void Analyse_NoEventWithAcled_PredictsNone()
    {
        var outcome = CaseEvaluator.Analyse(new CaseGoldSnippet("s", "x", CaseLabel.ARREST), Document(10, Event("042", 0)));
        Assert.Equal((CaseLabel.None, 0, false), (outcome.Predicted, outcome.EventsWithAcled, outcome.Correct));
        Assert.Null(outcome.Chosen);
    }

    [Fact]
    public void LabelSets_HaveTheTaskSizes()
    {
        Assert.Equal((30, 25, 27), (CaseEvaluator.AllLabels.Length, CaseEvaluator.AcledLabels.Length, CaseEvaluator.ConflictLabels.Length));
        Assert.DoesNotContain(CaseLabel.OTHER, CaseEvaluator.ConflictLabels);
        Assert.Contains(CaseLabel.OTHER, CaseEvaluator.AcledLabels);
        Assert.Contains(CaseLabel.DIPLO, CaseEvaluator.ConflictLabels);
        Assert.DoesNotContain(CaseLabel.DIPLO, CaseEvaluator.AcledLabels);
    }

    [Fact]
    public void Score_ConflictSubset_LeavesOutDisasterGoldAndMatchesHandCounts()
    {
        var conflict = CaseEvaluator.Score(Outcomes()).Conflict;

        // Scored: s1..s4 and s6 (s5 is gold NATURAL_DISASTER). ARREST P 1/2 R 1/2; ATTACK P 1/1 R 1/2; DIPLO 1/1.
        Assert.Equal((5, 4, 3), (conflict.Snippets, conflict.WithEvent, conflict.Correct));
        Assert.Equal(0.8, conflict.Coverage, Tolerance);
        Assert.Equal(0.6, conflict.Accuracy, Tolerance);
        var attack = conflict.Labels.Single(l => l.Label == CaseLabel.ATTACK);
        Assert.Equal((2, 1, 1), (attack.Support, attack.Predicted, attack.Correct));
        Assert.Equal(2.0 / 3, attack.F1, Tolerance);
        Assert.Equal(((0.5 * 2) + (2.0 / 3 * 2) + 1) / 5, conflict.WeightedF1, Tolerance);
        Assert.Equal((0.5 + (2.0 / 3) + 1) / 3, conflict.MacroF1, Tolerance);
    }

    [Fact]
    public void Score_AllLabels_CountsDisasterGoldAndItsWrongPrediction()
    {
        var all = CaseEvaluator.Score(Outcomes()).All;

        // s5 (NATURAL_DISASTER predicted ATTACK) joins: ATTACK P 1/2 R 1/2; NATURAL_DISASTER F1 0.
        Assert.Equal((6, 3), (all.Snippets, all.Correct));
        Assert.Equal(0.5, all.Accuracy, Tolerance);
        Assert.Equal(((0.5 * 2) + (0.5 * 2) + 1 + 0) / 6, all.WeightedF1, Tolerance);
        Assert.Equal((0.5 + 0.5 + 1 + 0) / 4, all.MacroF1, Tolerance);
    }

    [Fact]
    public void Score_AcledLabels_LeavesOutUnseenGold()
    {
        var acled = CaseEvaluator.Score(Outcomes()).Acled;
        Assert.Equal((4, 2), (acled.Snippets, acled.Correct));
        Assert.Equal(((0.5 * 2) + (2.0 / 3 * 2)) / 4, acled.WeightedF1, Tolerance);
        Assert.Equal((0.5 + (2.0 / 3)) / 2, acled.MacroF1, Tolerance);
    }

    [Fact]
    public void Score_LabelNeitherGoldNorPredicted_IsOutsideTheMacroMeanButInTheTable()
    {
        var conflict = CaseEvaluator.Score(Outcomes()).Conflict;
        Assert.Equal(27, conflict.Labels.Length);
        var grenade = conflict.Labels.Single(l => l.Label == CaseLabel.GRENADE);
        Assert.Equal((0, 0, 0.0), (grenade.Support, grenade.Predicted, grenade.F1));
        Assert.Equal(3, conflict.Labels.Count(l => l.Support > 0 || l.Predicted > 0));
    }

    [Fact]
    public void Score_Confusions_MostFrequentFirstNonePredictionIncluded()
    {
        var outcomes = new List<CaseSnippetOutcome>(Outcomes())
        {
            Outcome(CaseLabel.ATTACK, CaseLabel.ARREST),
        };
        var confusions = CaseEvaluator.Score(outcomes).Conflict.Confusions;
        Assert.Equal(
            [new CaseConfusion(CaseLabel.ATTACK, CaseLabel.ARREST, 2), new CaseConfusion(CaseLabel.ARREST, CaseLabel.None, 1)],
            confusions.AsEnumerable());
    }

    [Fact]
    public void Score_ManyWrongPairs_KeepsTheTenMostFrequent()
    {
        var outcomes = CaseEvaluator.ConflictLabels.Take(12).Select(l => Outcome(l, CaseLabel.None)).ToList();
        outcomes.Add(Outcome(CaseEvaluator.ConflictLabels[11], CaseLabel.None));
        var confusions = CaseEvaluator.Score(outcomes).Conflict.Confusions;
        Assert.Equal(CaseEvaluator.ConfusionCount, confusions.Length);
        Assert.Equal(new CaseConfusion(CaseEvaluator.ConflictLabels[11], CaseLabel.None, 2), confusions[0]);
    }

    [Fact]
    public void Score_NoSnippets_ScoresZero()
    {
        var conflict = CaseEvaluator.Score([]).Conflict;
        Assert.Equal((0, 0.0, 0.0, 0.0, 0.0), (conflict.Snippets, conflict.Coverage, conflict.Accuracy, conflict.MacroF1, conflict.WeightedF1));
    }

    [Fact]
    public void Score_NoEventGold_IsInNoSubset()
    {
        var outcomes = new List<CaseSnippetOutcome>(Outcomes()) { Outcome(CaseLabel.None, CaseLabel.ARREST), Outcome(CaseLabel.None, CaseLabel.None) };
        var report = CaseEvaluator.Score(outcomes);
        Assert.Equal((8, 5, 6, 4), (report.Snippets, report.Conflict.Snippets, report.All.Snippets, report.Acled.Snippets));

        // The NONE snippet predicted ARREST does not lower ARREST's precision: ARREST is still predicted for s1 and s3 only.
        var arrest = report.Conflict.Labels.Single(l => l.Label == CaseLabel.ARREST);
        Assert.Equal((2, 2, 1), (arrest.Support, arrest.Predicted, arrest.Correct));
    }

    [Fact]
    public void ScoreNoEvent_NoneGoldWithEvents_CountsFalsePositivesByLabel()
    {
        var outcomes = new List<CaseSnippetOutcome>(Outcomes())
        {
            Outcome(CaseLabel.None, CaseLabel.ARREST),
            Outcome(CaseLabel.None, CaseLabel.ATTACK),
            Outcome(CaseLabel.None, CaseLabel.ATTACK),
            Outcome(CaseLabel.None, CaseLabel.None),
        };
        var none = CaseEvaluator.Score(outcomes).NoEvent;
        Assert.Equal((4, 3), (none.Snippets, none.WithEvent));
        Assert.Equal(0.75, none.FalsePositiveRate, Tolerance);
        Assert.Equal(
            [new CaseConfusion(CaseLabel.None, CaseLabel.ATTACK, 2), new CaseConfusion(CaseLabel.None, CaseLabel.ARREST, 1)],
            none.Predictions.AsEnumerable());
    }

    [Fact]
    public void ScoreNoEvent_NoNoneGold_ScoresZero()
    {
        var none = CaseEvaluator.Score(Outcomes()).NoEvent;
        Assert.Equal((0, 0, 0.0), (none.Snippets, none.WithEvent, none.FalsePositiveRate));
        Assert.Empty(none.Predictions);
    }

    private static List<CaseSnippetOutcome> Outcomes() =>
    [
        Outcome(CaseLabel.ARREST, CaseLabel.ARREST),
        Outcome(CaseLabel.ARREST, CaseLabel.None),
        Outcome(CaseLabel.ATTACK, CaseLabel.ARREST),
        Outcome(CaseLabel.ATTACK, CaseLabel.ATTACK),
        Outcome(CaseLabel.NATURAL_DISASTER, CaseLabel.ATTACK),
        Outcome(CaseLabel.DIPLO, CaseLabel.DIPLO),
    ];

    /// <summary>Runs the snippet through <see cref="CaseEvaluator.Analyse"/> with one event of the predicted label, or none.</summary>
    private static CaseSnippetOutcome Outcome(CaseLabel gold, CaseLabel predicted)
    {
        var events = predicted == CaseLabel.None ? [Event("042", 0)] : new[] { Event("190", 0, predicted) };
        return CaseEvaluator.Analyse(new CaseGoldSnippet("s", "x", gold), Document(10, events));
    }
}
