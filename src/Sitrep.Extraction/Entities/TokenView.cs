using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>Read-only access to a document's tokens as character spans of its raw text; allocates nothing.</summary>
internal readonly struct TokenView
{
    public TokenView(string text, ImmutableArray<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
    }

    public string Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public int Count => Tokens.Length;

    public ReadOnlySpan<char> this[int index] => Text.AsSpan(Tokens[index].Span.Start, Tokens[index].Span.Length);

    public TextSpan Span(int index) => Tokens[index].Span;

    public TokenKind Kind(int index) => Tokens[index].Kind;

    public string String(int index) => this[index].ToString();

    /// <summary>The raw text from the start of token <paramref name="first"/> to the end of token <paramref name="last"/> (inclusive).</summary>
    public string Range(int first, int last) => Text[Tokens[first].Span.Start..Tokens[last].Span.End];

    public TextSpan RangeSpan(int first, int last) => new(Tokens[first].Span.Start, Tokens[last].Span.End);

    /// <summary>True when the gap before token <paramref name="index"/> holds only spaces (no line break), so a name may run across it.</summary>
    public bool JoinedToPrevious(int index)
    {
        if (index <= 0)
        {
            return false;
        }

        var gap = Text.AsSpan(Tokens[index - 1].Span.End, Tokens[index].Span.Start - Tokens[index - 1].Span.End);
        foreach (var c in gap)
        {
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                return false;
            }
        }

        return true;
    }

    public bool Is(int index, string word) => index >= 0 && index < Count && this[index].Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsWord(int index) => index >= 0 && index < Count && Tokens[index].Kind == TokenKind.Word;

    /// <summary>True for a word that starts with an upper-case letter, or a name with a lower-case particle prefix (<c>al-Serraj</c>).</summary>
    public bool IsCapitalised(int index)
    {
        if (!IsWord(index))
        {
            return index >= 0 && index < Count && Tokens[index].Kind == TokenKind.Number && this[index].Length > 0 && char.IsUpper(this[index][0]);
        }

        var t = this[index];
        if (char.IsUpper(t[0]))
        {
            return true;
        }

        var dash = t.IndexOf('-');
        return dash is > 0 and <= 3 && dash + 1 < t.Length && char.IsUpper(t[dash + 1]) && t[..dash] is "al" or "el" or "ad" or "as" or "ash" or "az" or "ar" or "at" or "an" or "bin" or "ibn" or "abu" or "bu";
    }

    /// <summary>True when every letter of the word is upper-case and it has at least two letters (<c>GNA</c>, <c>U.N.</c>).</summary>
    public bool IsAllCaps(int index)
    {
        if (!IsWord(index))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in this[index])
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }
}
