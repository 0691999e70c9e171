using System.Collections.Immutable;

namespace Sitrep.Extraction.Evaluation;

/// <summary>The result of <see cref="GeoEvaluator.Evaluate"/>.</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="Predicted">Predicted places (not the ones judged not to be places).</param>
/// <param name="PredictedMatched">Predicted places overlapping a gold toponym of any type.</param>
/// <param name="Literal">Scores on the literal-place subset.</param>
/// <param name="All">Scores on all gold toponyms.</param>
/// <param name="Errors">Missed and misplaced literal toponyms.</param>
public sealed record GeoEvalReport(int Documents, int Predicted, int PredictedMatched, GeoSubsetScore Literal, GeoSubsetScore All, ImmutableArray<GeoError> Errors)
{
    /// <summary>Toponym precision: predicted places overlapping a gold toponym of any type / predicted places.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)PredictedMatched / Predicted;
}
