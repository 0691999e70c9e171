using System.Collections.Immutable;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// CASE 2021 scores over the snippets whose gold label is in one label subset (issue 8 point 8): the 27 conflict and
/// political labels, all 30, or the 25 ACLED labels.
/// </summary>
/// <param name="Name">The subset's name (<c>conflict-27</c>, <c>all-30</c>, <c>acled-25</c>).</param>
/// <param name="LabelCount">How many labels the subset has.</param>
/// <param name="Snippets">Scored snippets: those whose gold label is in the subset.</param>
/// <param name="WithEvent">Scored snippets with at least one event that has an ACLED coding.</param>
/// <param name="Correct">Scored snippets whose prediction equals the gold label.</param>
/// <param name="MacroF1">Unweighted mean of the per-label F1 over the subset's labels that are gold or predicted in the scored snippets.</param>
/// <param name="WeightedF1">Per-label F1 over the subset's labels weighted by gold support.</param>
/// <param name="Labels">Per-label counts, in label order, for every label of the subset.</param>
/// <param name="Confusions">The most frequent wrong (gold, predicted) pairs, most frequent first (ties by label order).</param>
public sealed record CaseSubsetScore(
    string Name,
    int LabelCount,
    int Snippets,
    int WithEvent,
    int Correct,
    double MacroF1,
    double WeightedF1,
    ImmutableArray<CaseLabelScore> Labels,
    ImmutableArray<CaseConfusion> Confusions)
{
    /// <summary>Share of scored snippets with an event that has an ACLED coding; 0 when none is scored.</summary>
    public double Coverage => Snippets == 0 ? 0 : (double)WithEvent / Snippets;

    /// <summary>Share of scored snippets predicted right; 0 when none is scored.</summary>
    public double Accuracy => Snippets == 0 ? 0 : (double)Correct / Snippets;
}
