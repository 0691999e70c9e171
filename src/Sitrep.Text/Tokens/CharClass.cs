namespace Sitrep.Text.Tokens;

/// <summary>Character classes the tokenizer and later stages share.</summary>
public static class CharClass
{
    /// <summary>True for every quotation mark Sitrep recognises: straight, curly, guillemets, low-9.</summary>
    public static bool IsQuote(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '«' or '»' or '„' or '‚' or '‹' or '›' or '＂';

    /// <summary>True for apostrophes that can sit inside a word (<c>O’Brien</c>, <c>Turkey’s</c>).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    /// <summary>True for hyphens that join words (<c>al-Serraj</c>, <c>laser-guided</c>).</summary>
    public static bool IsJoiningHyphen(char c) => c is '-' or '‐' or '‑';

    /// <summary>True for letters, digits and combining marks: the body of a word.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>True for sentence-ending punctuation.</summary>
    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    /// <summary>True for quotes and brackets that close a sentence-final phrase (<c>.”</c>, <c>.)</c>).</summary>
    public static bool IsCloser(char c) => c is '”' or '’' or '"' or '\'' or ')' or ']' or '»' or '›';
}
