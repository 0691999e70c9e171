namespace Sitrep.Extraction.Evaluation;

/// <summary>Counts and scores of one IndiaPoliceEvents label over sentences or over documents (issue 8 point 8).</summary>
/// <param name="Label">The label.</param>
/// <param name="IsPredicted">False for a label Sitrep does not predict (<see cref="IpeLabel.Fail"/>): only its gold count means anything.</param>
/// <param name="Gold">Items (sentences or documents) with the gold label.</param>
/// <param name="Predicted">Items predicted to have it.</param>
/// <param name="TruePositives">Items both gold and predicted.</param>
public sealed record IpeLabelScore(IpeLabel Label, bool IsPredicted, int Gold, int Predicted, int TruePositives)
{
    /// <summary>TP / predicted; 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    /// <summary>TP / gold; 0 when nothing is gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
