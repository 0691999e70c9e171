namespace Sitrep.Text.Syntax;

/// <summary>Scores of a model against gold CoNLL-U (gold tokenisation, punctuation included, as in CoNLL 2018).</summary>
/// <param name="Sentences">Sentences evaluated.</param>
/// <param name="Words">Words evaluated.</param>
/// <param name="UPosCorrect">Words with the right UPOS.</param>
/// <param name="XPosCorrect">Words with the right XPOS.</param>
/// <param name="HeadCorrect">Words with the right head.</param>
/// <param name="LabelledCorrect">Words with the right head and relation.</param>
/// <param name="Elapsed">Time spent tagging and parsing (excluding reading).</param>
public sealed record SyntaxScores(int Sentences, int Words, int UPosCorrect, int XPosCorrect, int HeadCorrect, int LabelledCorrect, TimeSpan Elapsed)
{
    /// <summary>UPOS accuracy.</summary>
    public double UPosAccuracy => Ratio(UPosCorrect);

    /// <summary>XPOS accuracy.</summary>
    public double XPosAccuracy => Ratio(XPosCorrect);

    /// <summary>Unlabelled attachment score.</summary>
    public double Uas => Ratio(HeadCorrect);

    /// <summary>Labelled attachment score (full relation with subtype).</summary>
    public double Las => Ratio(LabelledCorrect);

    /// <summary>Sentences tagged and parsed per second.</summary>
    public double SentencesPerSecond => Elapsed > TimeSpan.Zero ? Sentences / Elapsed.TotalSeconds : 0;

    private double Ratio(int n) => Words == 0 ? 0 : (double)n / Words;
}
