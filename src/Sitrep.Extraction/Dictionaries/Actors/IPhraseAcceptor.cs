namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>Decides whether the values stored for a matched phrase apply (for example, on the article date).</summary>
/// <typeparam name="T">The trie's value type.</typeparam>
internal interface IPhraseAcceptor<T>
{
    /// <summary>Called for each phrase that matches, longest first; returns true to stop at this match.</summary>
    /// <param name="values">Values stored for the phrase.</param>
    /// <param name="length">Number of words the phrase covers.</param>
    bool Accept(ReadOnlySpan<T> values, int length);
}
