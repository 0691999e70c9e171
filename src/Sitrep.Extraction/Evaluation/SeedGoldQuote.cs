namespace Sitrep.Extraction.Evaluation;

/// <summary>A gold quote of the reference article.</summary>
/// <param name="Text">A prefix of the quoted words (curly quotes as in the article).</param>
/// <param name="Speaker">Speaker name, or the source phrase of an anonymous speaker.</param>
/// <param name="SpeakerRole">Speaker role, if annotated.</param>
/// <param name="Anonymous">True for an unnamed source.</param>
/// <param name="Kind"><c>direct</c> or <c>indirect</c>.</param>
public sealed record SeedGoldQuote(string Text, string Speaker, string? SpeakerRole, bool Anonymous, string Kind);
