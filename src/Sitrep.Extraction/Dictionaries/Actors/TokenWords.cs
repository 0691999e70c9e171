using Sitrep.Core.Model;

namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>Words given as tokens of a text.</summary>
internal readonly ref struct TokenWords(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens) : IWordSource
{
    private readonly ReadOnlySpan<char> _text = text;
    private readonly ReadOnlySpan<Token> _tokens = tokens;

    public int Count => _tokens.Length;

    public ReadOnlySpan<char> Word(int index) => _text.Slice(_tokens[index].Span.Start, _tokens[index].Span.Length);
}
