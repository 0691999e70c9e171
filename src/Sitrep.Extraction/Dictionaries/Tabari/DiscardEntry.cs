namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>A discard phrase: a sentence containing it is not coded; with <see cref="WholeStory"/>, neither is its story.</summary>
/// <param name="Phrase">The phrase.</param>
/// <param name="WholeStory">True for <c>+</c> lines (story-level discards).</param>
/// <param name="Line">Line of the entry.</param>
public sealed record DiscardEntry(DictionaryPhrase Phrase, bool WholeStory, int Line);
