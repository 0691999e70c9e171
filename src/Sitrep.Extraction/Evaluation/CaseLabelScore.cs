using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>Counts and scores of one CASE label within a scored subset of snippets (issue 8 point 8).</summary>
/// <param name="Label">The label.</param>
/// <param name="Support">Scored snippets whose gold label is <paramref name="Label"/>.</param>
/// <param name="Predicted">Scored snippets predicted as <paramref name="Label"/>.</param>
/// <param name="Correct">Scored snippets both gold and predicted as <paramref name="Label"/>.</param>
public sealed record CaseLabelScore(CaseLabel Label, int Support, int Predicted, int Correct)
{
    /// <summary>Correct / predicted; 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / support; 0 when there is no gold snippet.</summary>
    public double Recall => Support == 0 ? 0 : (double)Correct / Support;

    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
