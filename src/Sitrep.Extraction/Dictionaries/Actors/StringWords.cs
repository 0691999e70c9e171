namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>Words given as strings.</summary>
internal readonly ref struct StringWords(ReadOnlySpan<string> words) : IWordSource
{
    private readonly ReadOnlySpan<string> _words = words;

    public int Count => _words.Length;

    public ReadOnlySpan<char> Word(int index) => _words[index];
}
