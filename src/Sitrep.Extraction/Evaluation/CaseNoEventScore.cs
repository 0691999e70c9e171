using System.Collections.Immutable;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// How Sitrep did on the gold snippets that report no event (lines labelled <c>NONE</c>, issue 8 point 6): they are
/// outside every labelled subset's F1; an event with an ACLED coding in one of them is a false positive.
/// </summary>
/// <param name="Snippets">Snippets labelled <c>NONE</c>.</param>
/// <param name="WithEvent">Those with at least one event that has an ACLED coding.</param>
/// <param name="Predictions">The labels predicted for them (gold <see cref="Sitrep.Core.Model.CaseLabel.None"/>), most frequent first (ties by label order).</param>
public sealed record CaseNoEventScore(int Snippets, int WithEvent, ImmutableArray<CaseConfusion> Predictions)
{
    /// <summary>Share of the <c>NONE</c> snippets with an ACLED-coded event; 0 when there is none.</summary>
    public double FalsePositiveRate => Snippets == 0 ? 0 : (double)WithEvent / Snippets;
}
