using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>What Sitrep made of one CASE snippet (issue 8 point 8).</summary>
/// <param name="Snippet">The gold snippet.</param>
/// <param name="Predicted">The chosen event's CASE label, or <see cref="CaseLabel.None"/> when no event has an ACLED coding.</param>
/// <param name="EventsWithAcled">How many of the document's events have an ACLED coding.</param>
/// <param name="Chosen">The most confident such event (<see cref="CaseEvaluator.ChooseEvent"/>), or null.</param>
public sealed record CaseSnippetOutcome(CaseGoldSnippet Snippet, CaseLabel Predicted, int EventsWithAcled, DocumentEvent? Chosen)
{
    /// <summary>True when the prediction equals the gold label.</summary>
    public bool Correct => Predicted == Snippet.Label;
}
