namespace Sitrep.Text.Syntax;

/// <summary>Settings of <see cref="SyntaxTrainer"/>.</summary>
/// <param name="Iterations">Passes over the training sentences (tuned on EWT dev).</param>
/// <param name="TaggerBits">log2 of the tagger's weight rows.</param>
/// <param name="ParserBits">log2 of the parser's weight rows.</param>
/// <param name="Seed">Seed of the per-pass shuffle, so runs are reproducible.</param>
/// <param name="FixedTagMinCount">A word joins the tag dictionary when seen at least this often…</param>
/// <param name="FixedTagMinShare">…with one class at least this share of the time.</param>
public sealed record SyntaxTrainingOptions(
    int Iterations = SyntaxTrainingOptions.DefaultIterations,
    int TaggerBits = SyntaxTrainingOptions.DefaultBits,
    int ParserBits = SyntaxTrainingOptions.DefaultBits,
    int Seed = 1,
    int FixedTagMinCount = 20,
    double FixedTagMinShare = 0.99)
{
    /// <summary>Default number of passes: dev UAS levels off after 10-12 on EWT (0.815 at 10, 0.816 at 12).</summary>
    public const int DefaultIterations = 12;

    /// <summary>Default log2 of weight rows.</summary>
    public const int DefaultBits = 18;
}
