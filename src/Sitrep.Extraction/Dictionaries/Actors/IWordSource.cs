namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>A sequence of words to match against a <see cref="PhraseTrie{T}"/>, without copying them.</summary>
internal interface IWordSource
{
    /// <summary>Number of words.</summary>
    int Count { get; }

    /// <summary>The text of word <paramref name="index"/>.</summary>
    ReadOnlySpan<char> Word(int index);
}
