using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Text.Tokens;

/// <summary>
/// Splits body zones into tokens. Lossless (STYLE A3): every character of a body zone is either inside exactly one
/// token or white space between tokens. Keeps together abbreviations (<c>U.N.</c>, <c>Gen.</c>), decimals and
/// thousands (<c>3.5</c>, <c>1,000</c>), hyphenated and apostrophe words (<c>al-Serraj</c>, <c>They’re</c>); splits the
/// possessive <c>’s</c> off its noun.
/// </summary>
public sealed class Tokenizer : IStage
{
    /// <inheritdoc />
    public string Name => "tokenizer.v1";

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Requires { get; } = [LayerKind.Zones];

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Produces { get; } = [LayerKind.Tokens];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = ImmutableArray.CreateBuilder<Token>();
        foreach (var zone in document.Zones)
        {
            if (zone.Kind == ZoneKind.Body)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Tokenize(document.Text, zone.Span, tokens);
            }
        }

        return document with { Tokens = tokens.ToImmutable() };
    }

    /// <summary>Tokenizes <paramref name="range"/> of <paramref name="text"/>, appending tokens (spans index <paramref name="text"/>).</summary>
    public static void Tokenize(ReadOnlySpan<char> text, TextSpan range, ICollection<Token> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var i = range.Start;
        var end = range.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int next;
            TokenKind kind;
            if (CharClass.IsWordChar(c))
            {
                next = ScanWord(text, i, end, out var numeric);
                kind = numeric ? TokenKind.Number : TokenKind.Word;
            }
            else if (CharClass.IsApostrophe(c) && i + 1 < end && (text[i + 1] is 's' or 'S') && (i + 2 >= end || !CharClass.IsWordChar(text[i + 2])) && i > range.Start && CharClass.IsWordChar(text[i - 1]))
            {
                next = i + 2; // possessive ’s after a word
                kind = TokenKind.Word;
            }
            else if (CharClass.IsQuote(c))
            {
                next = i + 1;
                kind = TokenKind.Quote;
            }
            else if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                next = i + 3; // "..." ellipsis
                kind = TokenKind.Punctuation;
            }
            else if (char.IsPunctuation(c))
            {
                next = i + 1;
                kind = TokenKind.Punctuation;
            }
            else
            {
                next = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;
                kind = TokenKind.Symbol;
            }

            output.Add(new Token(new TextSpan(i, next), kind));
            i = next;
        }
    }

    private static int ScanWord(ReadOnlySpan<char> text, int start, int end, out bool numeric)
    {
        var i = start;
        var digits = 0;
        var letters = 0;
        while (true)
        {
            while (i < end && CharClass.IsWordChar(text[i]))
            {
                if (char.IsDigit(text[i]))
                {
                    digits++;
                }
                else
                {
                    letters++;
                }

                i++;
            }

            if (i + 1 >= end)
            {
                break;
            }

            var c = text[i];
            var after = text[i + 1];
            if (CharClass.IsJoiningHyphen(c) && CharClass.IsWordChar(after))
            {
                i++;
            }
            else if (CharClass.IsApostrophe(c) && char.IsLetter(after) && !IsPossessive(text, i, end))
            {
                i++;
            }
            else if ((c == '.' || c == ',') && char.IsDigit(text[i - 1]) && char.IsDigit(after) && letters == 0 && (c == '.' || IsThousands(text, i, end)))
            {
                i++;
            }
            else if (c == '.' && char.IsLetter(after) && IsInitialism(text, start, i, end))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        numeric = digits > 0 && letters == 0;

        // A period belongs to the word when the word is an abbreviation or an initialism (U.N., U.S.).
        if (i < end && text[i] == '.' && !numeric && (Abbreviations.IsAbbreviation(text[start..i]) || text[start..i].Contains('.')))
        {
            i++;
        }

        return i;
    }

    private static bool IsPossessive(ReadOnlySpan<char> text, int apostrophe, int end) =>
        text[apostrophe + 1] is 's' or 'S' && (apostrophe + 2 >= end || !CharClass.IsWordChar(text[apostrophe + 2]));

    private static bool IsThousands(ReadOnlySpan<char> text, int comma, int end) =>
        comma + 3 < end
        && char.IsDigit(text[comma + 1]) && char.IsDigit(text[comma + 2]) && char.IsDigit(text[comma + 3])
        && (comma + 4 >= end || !char.IsDigit(text[comma + 4]));

    // U.N., U.S.A., e.g.: single letters separated by periods.
    private static bool IsInitialism(ReadOnlySpan<char> text, int start, int period, int end)
    {
        var segmentStart = period;
        while (segmentStart > start && text[segmentStart - 1] != '.')
        {
            segmentStart--;
        }

        if (period - segmentStart != 1)
        {
            return false;
        }

        return period + 2 <= end && (period + 2 == end || !CharClass.IsWordChar(text[period + 2]));
    }
}
