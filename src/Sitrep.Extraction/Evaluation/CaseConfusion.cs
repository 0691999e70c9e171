using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>One kind of CASE error: how many scored snippets of gold <paramref name="Gold"/> were predicted <paramref name="Predicted"/>.</summary>
/// <param name="Gold">The gold label.</param>
/// <param name="Predicted">The wrong prediction; <see cref="CaseLabel.None"/> when the snippet got no event with an ACLED coding.</param>
/// <param name="Count">Number of snippets.</param>
public sealed record CaseConfusion(CaseLabel Gold, CaseLabel Predicted, int Count);
