namespace Sitrep.Corpus.Stories;

/// <summary>
/// One slot the template rule aligned (<see cref="TemplateRule.Align"/>): a word of each text, of the same
/// <see cref="FactKind"/>, standing in the same wording context.
/// </summary>
/// <param name="A">Index of the word in the first text's <see cref="FactProfile.Words"/>.</param>
/// <param name="B">Index of the word in the second text's <see cref="FactProfile.Words"/>.</param>
/// <param name="Kind">The kind both words have.</param>
/// <param name="Agrees">Whether they state the same fact (the same word; dateline days at most a day apart).</param>
public readonly record struct FactSlot(int A, int B, FactKind Kind, bool Agrees);
