namespace Sitrep.Extraction.Events.Casualties;

/// <summary>The tokens of one scope over the raw text, with bounds-checked tests the constructions read by.</summary>
internal readonly ref struct TokenView
{
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<CasualtyToken> _tokens;

    /// <summary>Views <paramref name="tokens"/>, whose offsets index <paramref name="text"/>.</summary>
    public TokenView(ReadOnlySpan<char> text, ReadOnlySpan<CasualtyToken> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    /// <summary>Number of tokens.</summary>
    public int Count => _tokens.Length;

    /// <summary>The token at <paramref name="i"/>.</summary>
    public CasualtyToken this[int i] => _tokens[i];

    /// <summary>The characters of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Word(int i) => _text[_tokens[i].Start.._tokens[i].End];

    /// <summary>True when token <paramref name="i"/> exists and is <paramref name="word"/> in any letter case.</summary>
    public bool Is(int i, string word) => (uint)i < (uint)_tokens.Length && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when token <paramref name="i"/> exists and has any of <paramref name="tags"/>.</summary>
    public bool Has(int i, WordTags tags) => (uint)i < (uint)_tokens.Length && _tokens[i].Has(tags);

    /// <summary>True when token <paramref name="i"/> exists and is a word (not punctuation).</summary>
    public bool IsWord(int i) => (uint)i < (uint)_tokens.Length && !_tokens[i].Has(WordTags.Punct);

    /// <summary>True when token <paramref name="i"/> is a casualty word of the given form.</summary>
    public bool IsAnchor(int i, AnchorForm form) => Has(i, WordTags.Anchor) && _tokens[i].Info.Anchor.Form == form;
}
