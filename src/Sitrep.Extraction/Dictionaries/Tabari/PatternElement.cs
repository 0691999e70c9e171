namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>One element of a verb pattern.</summary>
/// <param name="Kind">What the element is.</param>
/// <param name="Text">A word or synset name (upper case); empty for markers and brackets.</param>
/// <param name="Joined">True when joined to the previous element by <c>_</c> (must be adjacent), false after a space.</param>
public readonly record struct PatternElement(PatternElementKind Kind, string Text, bool Joined);
