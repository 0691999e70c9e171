namespace Sitrep.Extraction.Evaluation;

/// <summary>Recall on the gold quotes of one form (<c>colon</c>, <c>fragment</c>, …; issue 9 point 7).</summary>
/// <param name="Form">The form, as labelled in the gold set.</param>
/// <param name="Gold">Gold quotes of that form.</param>
/// <param name="Matched">Of those, the ones a predicted quote matched.</param>
public sealed record QuoteFormScore(string Form, int Gold, int Matched)
{
    /// <summary>Matched / gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
}
