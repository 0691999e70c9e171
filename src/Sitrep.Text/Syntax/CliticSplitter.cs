namespace Sitrep.Text.Syntax;

/// <summary>
/// Our tokenizer keeps <c>They’re</c> and <c>don’t</c> whole, while UD EWT (which the tagger and parser learn from)
/// splits them into <c>They</c> + <c>’re</c> and <c>do</c> + <c>n’t</c>. The syntax stage therefore sees such a
/// token as two words and maps the words' analyses back onto the token (the host word's tag, the clitic's arcs
/// folded into the token). EWT splits <c>can’t</c> and <c>won’t</c> as <c>ca</c> + <c>n’t</c>, <c>wo</c> + <c>n’t</c>,
/// which the same rule gives.
/// </summary>
public static class CliticSplitter
{
    /// <summary>Length of the host part of <paramref name="token"/>: its whole length when no clitic ends it.</summary>
    public static int HostLength(ReadOnlySpan<char> token)
    {
        var n = token.Length;
        if (n > 3 && (token[n - 3] is 'n' or 'N') && IsApostrophe(token[n - 2]) && (token[n - 1] is 't' or 'T'))
        {
            return n - 3; // n't
        }

        if (n > 3 && IsApostrophe(token[n - 3]) && IsPair(token[n - 2], token[n - 1]))
        {
            return n - 3; // 're 've 'll
        }

        if (n > 2 && IsApostrophe(token[n - 2]) && (char.ToLowerInvariant(token[n - 1]) is 'd' or 'm' or 's'))
        {
            return n - 2; // 'd 'm 's
        }

        return n;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static bool IsPair(char a, char b) => (char.ToLowerInvariant(a), char.ToLowerInvariant(b)) is ('r', 'e') or ('v', 'e') or ('l', 'l');
}
