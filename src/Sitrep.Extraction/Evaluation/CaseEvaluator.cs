using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// Scores CASE 2021 Task 2 snippets (issue 8 point 8) from documents the pipeline has analysed; it runs no pipeline.
/// <list type="bullet">
/// <item>A snippet's prediction is the <see cref="AcledCoding.CaseLabel"/> of its most confident event
/// (<see cref="ChooseEvent"/>), or <see cref="CaseLabel.None"/> when no event has an ACLED coding.</item>
/// <item>A subset is scored over the snippets whose gold label is in it; the headline subset is
/// <see cref="ConflictLabels"/> (27 labels). Predictions of labels outside the subset count as wrong and add to no
/// label's counts.</item>
/// <item>Coverage: share of scored snippets with at least one event whose <see cref="DocumentEvent.Acled"/> is not null.
/// Accuracy: share predicted right. Weighted F1: the per-label F1 over the subset's labels weighted by gold support
/// (scikit-learn's <c>average="weighted"</c>). Macro F1: the unweighted mean of the per-label F1 over the subset's
/// labels that are gold or predicted among the scored snippets.</item>
/// <item>Confusions: the <see cref="ConfusionCount"/> most frequent wrong (gold, predicted) pairs, predicted
/// <see cref="CaseLabel.None"/> included.</item>
/// <item>Snippets whose gold is no event (<see cref="CaseLabel.None"/>, lines labelled <c>NONE</c>) are in no subset;
/// <see cref="ScoreNoEvent"/> gives the share of them with an ACLED-coded event (a false-positive rate).</item>
/// </list>
/// </summary>
public static class CaseEvaluator
{
    /// <summary>How many wrong (gold, predicted) pairs a subset score lists.</summary>
    public const int ConfusionCount = 10;

    /// <summary>The five labels outside ACLED's typology (the task's UNSEEN set).</summary>
    public static FrozenSet<CaseLabel> UnseenLabels { get; } =
        FrozenSet.ToFrozenSet([CaseLabel.ORG_CRIME, CaseLabel.NATURAL_DISASTER, CaseLabel.MAN_MADE_DISASTER, CaseLabel.DIPLO, CaseLabel.ATTRIB]);

    /// <summary>All 30 task labels, in enum order.</summary>
    public static ImmutableArray<CaseLabel> AllLabels { get; } = [.. Enum.GetValues<CaseLabel>().Where(l => l != CaseLabel.None)];

    /// <summary>The 25 ACLED labels (the task's subtask 1, OTHER included), in enum order.</summary>
    public static ImmutableArray<CaseLabel> AcledLabels { get; } = [.. AllLabels.Where(l => !UnseenLabels.Contains(l))];

    /// <summary>
    /// The 27 conflict and political labels scored as the headline (issue 8 point 8): all but NATURAL_DISASTER,
    /// MAN_MADE_DISASTER and OTHER, which Sitrep does not set out to code.
    /// </summary>
    public static ImmutableArray<CaseLabel> ConflictLabels { get; } =
        [.. AllLabels.Where(l => l is not (CaseLabel.NATURAL_DISASTER or CaseLabel.MAN_MADE_DISASTER or CaseLabel.OTHER))];

    /// <summary>
    /// The document's most confident event with an ACLED coding: the highest <see cref="AcledCoding.Confidence"/>,
    /// ties broken by the higher <see cref="DocumentEvent.Confidence"/>, then by the earlier
    /// <see cref="DocumentEvent.Evidence"/> start, then by document order; null when no event has a non-null
    /// <see cref="DocumentEvent.Acled"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">When <paramref name="document"/> is null.</exception>
    public static DocumentEvent? ChooseEvent(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentEvent? best = null;
        foreach (var e in document.Events)
        {
            if (e.Acled is not null && (best is null || Beats(e, best)))
            {
                best = e;
            }
        }

        return best;
    }

    /// <summary>What the analysed <paramref name="document"/> predicts for <paramref name="snippet"/>.</summary>
    /// <param name="snippet">The gold snippet.</param>
    /// <param name="document">The snippet's text after the pipeline (a document with no events when its analysis failed).</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static CaseSnippetOutcome Analyse(CaseGoldSnippet snippet, Document document)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        ArgumentNullException.ThrowIfNull(document);
        var chosen = ChooseEvent(document);
        return new CaseSnippetOutcome(snippet, chosen?.Acled?.CaseLabel ?? CaseLabel.None, document.Events.Count(e => e.Acled is not null), chosen);
    }

    /// <summary>Scores the outcomes over the three subsets.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="outcomes"/> is null.</exception>
    public static CaseEvalReport Score(IReadOnlyList<CaseSnippetOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return new CaseEvalReport(
            outcomes.Count,
            ScoreSubset("conflict-27", ConflictLabels, outcomes),
            ScoreSubset("all-30", AllLabels, outcomes),
            ScoreSubset("acled-25", AcledLabels, outcomes),
            ScoreNoEvent(outcomes));
    }

    /// <summary>
    /// Scores the outcomes whose gold is no event (<see cref="CaseLabel.None"/>): how many got an event with an ACLED
    /// coding, and which labels they were predicted.
    /// </summary>
    /// <exception cref="ArgumentNullException">When <paramref name="outcomes"/> is null.</exception>
    public static CaseNoEventScore ScoreNoEvent(IReadOnlyList<CaseSnippetOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var none = outcomes.Where(o => o.Snippet.Label == CaseLabel.None).ToList();
        var predictions = none
            .Where(o => o.Predicted != CaseLabel.None)
            .GroupBy(o => o.Predicted)
            .Select(g => new CaseConfusion(CaseLabel.None, g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Predicted)
            .ToImmutableArray();
        return new CaseNoEventScore(none.Count, none.Count(o => o.EventsWithAcled > 0), predictions);
    }

    /// <summary>Scores the outcomes whose gold label is in <paramref name="labels"/> (see the class remarks).</summary>
    /// <param name="name">The subset's name for the report.</param>
    /// <param name="labels">The subset's labels.</param>
    /// <param name="outcomes">Every snippet's outcome; those with a gold label outside the subset are left out.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="name"/> or <paramref name="outcomes"/> is null.</exception>
    public static CaseSubsetScore ScoreSubset(string name, ImmutableArray<CaseLabel> labels, IReadOnlyList<CaseSnippetOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(outcomes);
        var set = labels.ToFrozenSet();
        var scored = outcomes.Where(o => set.Contains(o.Snippet.Label)).ToList();
        var perLabel = labels.Select(l => new CaseLabelScore(
            l,
            scored.Count(o => o.Snippet.Label == l),
            scored.Count(o => o.Predicted == l),
            scored.Count(o => o.Correct && o.Predicted == l))).ToImmutableArray();
        var support = perLabel.Sum(s => s.Support);
        var weighted = support == 0 ? 0 : perLabel.Sum(s => s.F1 * s.Support) / support;
        var present = perLabel.Where(s => s.Support > 0 || s.Predicted > 0).ToList();
        var macro = present.Count == 0 ? 0 : present.Average(s => s.F1);
        var confusions = scored
            .Where(o => !o.Correct)
            .GroupBy(o => (o.Snippet.Label, o.Predicted))
            .Select(g => new CaseConfusion(g.Key.Label, g.Key.Predicted, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Gold).ThenBy(c => c.Predicted)
            .Take(ConfusionCount)
            .ToImmutableArray();
        return new CaseSubsetScore(
            name, labels.Length, scored.Count, scored.Count(o => o.EventsWithAcled > 0), scored.Count(o => o.Correct), macro, weighted, perLabel, confusions);
    }

    private static bool Beats(DocumentEvent candidate, DocumentEvent best)
    {
        var byAcled = candidate.Acled!.Confidence.CompareTo(best.Acled!.Confidence);
        if (byAcled != 0)
        {
            return byAcled > 0;
        }

        var byEvent = candidate.Confidence.CompareTo(best.Confidence);
        return byEvent != 0 ? byEvent > 0 : candidate.Evidence.Start < best.Evidence.Start;
    }
}
