namespace Sitrep.Core.Model;

/// <summary>Coarse class of a token, decided from its characters alone.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with inner apostrophes, hyphens or periods (<c>U.N.</c>, <c>al-Serraj</c>).</summary>
    Word,

    /// <summary>Digits, possibly with separators (<c>1,000</c>, <c>3.5</c>).</summary>
    Number,

    /// <summary>Punctuation other than quotes.</summary>
    Punctuation,

    /// <summary>A quotation mark, straight or curly, single or double.</summary>
    Quote,

    /// <summary>Anything else (symbols, emoji).</summary>
    Symbol,
}
