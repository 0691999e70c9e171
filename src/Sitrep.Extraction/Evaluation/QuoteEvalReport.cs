namespace Sitrep.Extraction.Evaluation;

/// <summary>Quote span and speaker scores over a gold set.</summary>
/// <param name="Documents">Articles scored.</param>
/// <param name="Gold">Gold quotes.</param>
/// <param name="Predicted">Predicted quotes.</param>
/// <param name="Matched">Predicted quotes overlapping a gold quote, one to one.</param>
/// <param name="SpeakerCorrect">Matched quotes whose speaker matches (<see cref="QuoteSpeakerMatch.CompatibleName"/>).</param>
/// <param name="SpeakerExact">Matched quotes whose speaker name is the same (<see cref="QuoteSpeakerMatch.SameName"/>).</param>
/// <param name="KindCorrect">Matched quotes of the right kind.</param>
/// <param name="GoldDirect">Gold direct quotes.</param>
/// <param name="MatchedDirect">Gold direct quotes matched.</param>
/// <param name="GoldIndirect">Gold indirect quotes.</param>
/// <param name="MatchedIndirect">Gold indirect quotes matched.</param>
/// <param name="ByForm">Recall by the gold quote's form, when the gold set labels forms (issue 9 point 7); empty otherwise.</param>
public sealed record QuoteEvalReport(
    int Documents,
    int Gold,
    int Predicted,
    int Matched,
    int SpeakerCorrect,
    int SpeakerExact,
    int KindCorrect,
    int GoldDirect,
    int MatchedDirect,
    int GoldIndirect,
    int MatchedIndirect,
    IReadOnlyList<QuoteFormScore>? ByForm = null)
{
    /// <summary>Matched gold direct quotes / gold direct quotes (issue 9 bar: ≥ 0.90 on held-out Wikinews).</summary>
    public double DirectRecall => GoldDirect == 0 ? 0 : (double)MatchedDirect / GoldDirect;

    /// <summary>Matched gold indirect quotes / gold indirect quotes.</summary>
    public double IndirectRecall => GoldIndirect == 0 ? 0 : (double)MatchedIndirect / GoldIndirect;

    /// <summary>Matched / predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    /// <summary>Matched / gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Speaker accuracy on matched quotes (lenient name match).</summary>
    public double SpeakerAccuracy => Matched == 0 ? 0 : (double)SpeakerCorrect / Matched;

    /// <summary>Speaker accuracy on matched quotes (same name).</summary>
    public double SpeakerExactAccuracy => Matched == 0 ? 0 : (double)SpeakerExact / Matched;
}
