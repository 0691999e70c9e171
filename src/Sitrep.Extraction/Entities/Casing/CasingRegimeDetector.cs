using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities.Casing;

/// <summary>
/// Decides the casing regime of each sentence (issue 8 point 4) from letter counts alone: a sentence whose letters are
/// capitals is <see cref="CasingRegime.Upper"/>; one with no capital at all, or, in a document that never capitalises
/// a word inside a sentence, one with only its first letter capitalised, is <see cref="CasingRegime.Lower"/>; every
/// other sentence is <see cref="CasingRegime.Normal"/>. One pass over the sentences' characters; allocates one array.
/// </summary>
internal static class CasingRegimeDetector
{
    /// <summary>An upper-case sentence has at least this many capital letters.</summary>
    public const int MinUpperLetters = 6;

    /// <summary>An upper-case sentence has at most one lower-case letter per this many capitals.</summary>
    public const int UpperToLowerRatio = 20;

    /// <summary>A sentence with no capital letter is lower-case when it has at least this many words (shorter ones say too little).</summary>
    public const int MinLowerWords = 4;

    /// <summary>A document is lower-case when at most this share of the words inside its sentences (not the first) are capitalised.</summary>
    public const double MaxLowerDocumentCapitalised = 0.02;

    /// <summary>... and it has at least this many such words.</summary>
    public const int MinDocumentWords = 20;

    /// <summary>The regimes of <paramref name="sentences"/> (spans index <paramref name="text"/>).</summary>
    public static CasingProfile Detect(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        var regimes = new CasingRegime[sentences.Length];
        var stats = new (int Upper, int Lower, int Words, int Capitalised)[sentences.Length];
        long inner = 0, capitalised = 0, upperLetters = 0, lowerLetters = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            var st = Count(text, tokens, sentences[s]);
            stats[s] = st;
            upperLetters += st.Upper;
            lowerLetters += st.Lower;
            if (!IsUpper(st))
            {
                inner += Math.Max(0, st.Words - 1);
                capitalised += st.Capitalised;
            }
        }

        var lowerDocument = inner >= MinDocumentWords && capitalised <= MaxLowerDocumentCapitalised * inner;
        var any = false;
        for (var s = 0; s < sentences.Length; s++)
        {
            var st = stats[s];
            regimes[s] = IsUpper(st) ? CasingRegime.Upper
                : (st.Upper == 0 && st.Words >= MinLowerWords) || (lowerDocument && st.Capitalised == 0 && st.Words >= 2) ? CasingRegime.Lower
                : CasingRegime.Normal;
            any |= regimes[s] != CasingRegime.Normal;
        }

        var document = lowerDocument ? CasingRegime.Lower
            : upperLetters >= MinUpperLetters && lowerLetters * UpperToLowerRatio <= upperLetters ? CasingRegime.Upper
            : CasingRegime.Normal;
        return new CasingProfile(ImmutableArray.Create(regimes), document, any);
    }

    private static bool IsUpper((int Upper, int Lower, int Words, int Capitalised) st) =>
        st.Upper >= MinUpperLetters && st.Lower * UpperToLowerRatio <= st.Upper && st.Words >= 2;

    // Letters by case, words, and words after the first that start with a capital. Newsroom sentences, which have lower
    // case letters and few capitalised words, are told by their words' first letters alone; only a sentence whose words
    // are nearly all capitalised has its letters counted (the upper-case test).
    private static (int Upper, int Lower, int Words, int Capitalised) Count(string text, ImmutableArray<Token> tokens, Sentence sentence)
    {
        int words = 0, capitalised = 0, initials = 0;
        var end = Math.Min(sentence.EndToken, tokens.Length);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var c = text[tokens[t].Span.Start];
            if (!char.IsLetter(c))
            {
                continue;
            }

            var upper = c < 128 ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);
            initials += upper ? 1 : 0;
            capitalised += upper && words > 0 ? 1 : 0;
            words++;
        }

        if (words == 0)
        {
            return (0, 0, 0, 0);
        }

        var span = sentence.Span.Slice(text);
        var ascii = !span.ContainsAnyExceptInRange('\0', '\u007f');
        if (initials * 5 < words * 4 && ascii)
        {
            // Not an upper-case sentence; all that matters is whether it has a capital at all.
            var any = span.ContainsAnyInRange('A', 'Z') ? 1 : 0;
            return (any, Math.Max(1, words), words, capitalised);
        }

        return CountLetters(text, tokens, sentence, words, capitalised);
    }

    private static (int Upper, int Lower, int Words, int Capitalised) CountLetters(string text, ImmutableArray<Token> tokens, Sentence sentence, int words, int capitalised)
    {
        int upper = 0, lower = 0;
        var end = Math.Min(sentence.EndToken, tokens.Length);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            foreach (var c in tokens[t].Span.Slice(text))
            {
                if (char.IsUpper(c))
                {
                    upper++;
                }
                else if (char.IsLower(c))
                {
                    lower++;
                }
            }
        }

        return (upper, lower, words, capitalised);
    }
}
