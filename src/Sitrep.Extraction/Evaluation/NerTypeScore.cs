using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>Overlap-match counts and scores for one entity type (or the micro average when <see cref="Type"/> is null).</summary>
/// <param name="Type">The type, or null for the micro average.</param>
/// <param name="TruePositives">Predicted mentions matched to a gold mention.</param>
/// <param name="FalsePositives">Predicted mentions with no gold match.</param>
/// <param name="FalseNegatives">Gold mentions with no prediction.</param>
public sealed record NerTypeScore(EntityType? Type, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); 0 when nothing was predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 when there is no gold mention.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Type label as in the export contract (<c>PERSON</c>), or <c>MICRO</c>.</summary>
    public string Label => Type is null ? "MICRO" : NerEvaluator.Label(Type.Value);
}
