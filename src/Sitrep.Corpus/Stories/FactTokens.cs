using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Corpus.Stories;

/// <summary>
/// Reads a text into a <see cref="FactProfile"/>: words are runs of letters and digits, joined across one inner
/// <c>. , ' / -</c> between two of them (<c>U.S</c>, <c>6-3/8</c>, <c>1,465,153</c>); each is case-folded and hashed and
/// given a kind. Figures: a digit, or an English number word (a closed word class, listed here); a figure with a digit
/// is hashed by its digits and the joiners between them, not the words glued to it (<c>3.50-dlr-per-share</c> states
/// 3.50). Names: a capitalised word that does not open a sentence (what opens one is capitalised by spelling, not
/// because it names), or a word in capitals of two letters or more (datelines, tickers). The day of the dateline's date (<c>WASHINGTON, March 30 -</c>,
/// within the first <see cref="DatelineChars"/> characters) is a <see cref="FactKind.DatelineDay"/>, kept as its number:
/// a re-publication a day later moves it by one without telling another story. Dates further on (a dividend's pay and
/// record dates) are figures like any other.
/// </summary>
public static class FactTokens
{
    /// <summary>Longest text read, in characters (as <see cref="WordShingles.MaxChars"/>).</summary>
    public const int MaxChars = WordShingles.MaxChars;

    /// <summary>How far into the text a date counts as the dateline's.</summary>
    public const int DatelineChars = 80;

    private static readonly FrozenSet<string> NumberWords = new[]
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Months = new[]
    {
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The profile of <paramref name="text"/> (its first <see cref="MaxChars"/> characters).</summary>
    public static FactProfile Of(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxChars)
        {
            text = text[..MaxChars];
        }

        var words = ImmutableArray.CreateBuilder<ulong>();
        var kinds = ImmutableArray.CreateBuilder<FactKind>();
        var lineStarts = ImmutableArray.CreateBuilder<bool>();
        string? previous = null;
        var i = 0;
        while (NextWord(text, ref i, out var start, out var newLine))
        {
            var word = text[start..i];
            var folded = word.ToString().ToLowerInvariant();
            var kind = KindOf(word, folded, OpensSentence(text, start), start < DatelineChars ? previous : null);
            words.Add(kind switch
            {
                FactKind.DatelineDay => ulong.Parse(folded, System.Globalization.CultureInfo.InvariantCulture),
                FactKind.Number => Hash(Figure(folded)),
                _ => Hash(folded),
            });
            kinds.Add(kind);
            lineStarts.Add(newLine);
            previous = folded;
        }

        return words.Count == 0 ? FactProfile.Empty : new FactProfile(words.ToImmutable(), kinds.ToImmutable(), lineStarts.ToImmutable());
    }

    /// <summary>
    /// Where the words of <see cref="Of(ReadOnlySpan{char})"/> lie in <paramref name="text"/>, at the same indices as
    /// <see cref="FactProfile.Words"/> (offsets into <paramref name="text"/>, end exclusive), so a comparison can be shown
    /// with its words.
    /// </summary>
    public static ImmutableArray<TextSpan> WordSpans(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxChars)
        {
            text = text[..MaxChars];
        }

        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        var i = 0;
        while (NextWord(text, ref i, out var start, out _))
        {
            spans.Add(new TextSpan(start, i));
        }

        return spans.ToImmutable();
    }

    // The next word from i: runs of letters and digits joined across one inner joiner; i ends after it. newLine tells
    // whether a line break lies between it and the previous word.
    private static bool NextWord(ReadOnlySpan<char> text, ref int i, out int start, out bool newLine)
    {
        newLine = false;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            newLine |= text[i] == '\n';
            i++;
        }

        start = i;
        if (i >= text.Length)
        {
            return false;
        }

        while (i < text.Length && (char.IsLetterOrDigit(text[i])
            || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && char.IsLetterOrDigit(text[i - 1]))))
        {
            i++;
        }

        return true;
    }

    /// <summary>The string overload: a wrapper around the span one.</summary>
    public static FactProfile Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Of(text.AsSpan());
    }

    private static FactKind KindOf(ReadOnlySpan<char> word, string folded, bool opensSentence, string? previous)
    {
        var digits = false;
        var letters = 0;
        var upper = 0;
        foreach (var c in word)
        {
            digits |= char.IsDigit(c);
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        if (digits || NumberWords.Contains(folded))
        {
            // "WASHINGTON, March 30 -": the day of the dateline's date (previous is null past the dateline).
            return digits && word.Length <= 2 && IsDigits(word) && previous is not null && Months.Contains(previous) ? FactKind.DatelineDay : FactKind.Number;
        }

        if (letters >= 2 && upper == letters)
        {
            return FactKind.Name;
        }

        return char.IsUpper(word[0]) && !opensSentence ? FactKind.Name : FactKind.None;
    }

    // A word opens a sentence at the start of the text, of a line, after . ! ? : or after a spaced dash (a dateline's).
    private static bool OpensSentence(ReadOnlySpan<char> text, int start)
    {
        var k = start - 1;
        while (k >= 0 && (text[k] is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018' || text[k] == ' ' || text[k] == '\t'))
        {
            k--;
        }

        if (k < 0)
        {
            return true;
        }

        return text[k] switch
        {
            '.' or '!' or '?' or ':' or '\n' or '\r' => true,
            '-' or '\u2013' or '\u2014' => k > 0 && char.IsWhiteSpace(text[k - 1]),
            _ => false,
        };
    }

    private static bool IsDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    // What a figure states: its digits with the joiners between two digits ("3.50-dlr-per-share" -> "3.50",
    // "21-day-cycle" -> "21", "1st" -> "1", "6-3/8" and "1,465,153" unchanged); a number word is itself. The words glued
    // to a figure are its unit or an ordinary word, so editing them is a word changed, not another figure.
    private static string Figure(string folded)
    {
        var value = new System.Text.StringBuilder(folded.Length);
        for (var k = 0; k < folded.Length; k++)
        {
            var c = folded[k];
            if (char.IsDigit(c) || (IsJoiner(c) && k > 0 && k + 1 < folded.Length && char.IsDigit(folded[k - 1]) && char.IsDigit(folded[k + 1])))
            {
                value.Append(c);
            }
        }

        return value.Length == 0 ? folded : value.ToString();
    }

    private static bool IsJoiner(char c) => c is '.' or ',' or '\'' or '/' or '-';

    private static ulong Hash(string folded)
    {
        var h = 14695981039346656037UL;
        foreach (var c in folded)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }
}
