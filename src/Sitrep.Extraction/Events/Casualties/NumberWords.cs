using System.Globalization;

namespace Sitrep.Extraction.Events.Casualties;

/// <summary>
/// Reads a number written in digits ("6", "1,200", "1,00,000", "1.5 million", "100-odd", "10-15") or in words ("six",
/// "twenty-one", "twenty one", "a hundred", "two hundred and fifty", "a dozen", "two dozen", "half a dozen").
/// </summary>
internal static class NumberWords
{
    /// <summary>Largest count read; a larger figure is not a count of people in a news report.</summary>
    public const int MaxValue = 10_000_000;

    private static readonly string[] Units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>Adds the number words to the lexicon being built.</summary>
    public static void AddTo(Dictionary<string, WordInfo> words)
    {
        for (var i = 1; i < Units.Length; i++)
        {
            CasualtyLexicon.AddNumber(words, Units[i], i);
        }

        for (var i = 2; i < Tens.Length; i++)
        {
            CasualtyLexicon.AddNumber(words, Tens[i], i * 10);
        }

        foreach (var (word, value) in (ReadOnlySpan<(string, int)>)[("hundred", 100), ("thousand", 1000), ("million", 1_000_000),
            ("lakh", 100_000), ("lakhs", 100_000), ("crore", 10_000_000), ("crores", 10_000_000), ("dozen", 12), ("both", 2)])
        {
            CasualtyLexicon.AddNumber(words, word, value);
        }
    }

    /// <summary>Reads the number starting at token <paramref name="i"/>.</summary>
    /// <param name="view">The tokens.</param>
    /// <param name="i">First token of the number.</param>
    /// <param name="value">The number; for a range in one token ("10-15") its lower figure.</param>
    /// <param name="end">Index after its last token.</param>
    /// <param name="range">True when the token was a range ("10-15").</param>
    /// <returns>False when no number of at most <see cref="MaxValue"/> starts there.</returns>
    public static bool TryRead(in TokenView view, int i, out int value, out int end, out bool range)
    {
        value = 0;
        end = i;
        range = false;
        if (!view.IsWord(i))
        {
            return false;
        }

        long total;
        var j = i;
        if (view.Has(i, WordTags.Digits))
        {
            if (!TryDigits(view.Word(i), out var number, out range, out var fraction))
            {
                return false;
            }

            j = i + 1;
            if (Multiplier(view, j) is var m and > 1)
            {
                number *= m;
                j++;
            }
            else if (fraction)
            {
                return false; // "1.5" counts no one; "1.5 million" does
            }

            if (view.Is(j, "odd"))
            {
                j++;
            }

            total = (long)number;
        }
        else if (!TryWords(view, i, out total, out j))
        {
            return false;
        }

        if (total is < 1 or > MaxValue)
        {
            return false;
        }

        value = (int)total;
        end = j;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> word, out double value, out bool range, out bool fraction)
    {
        value = 0;
        range = false;
        fraction = false;
        var hyphen = word.IndexOf('-');
        if (hyphen > 0)
        {
            var rest = word[(hyphen + 1)..];
            // "100-odd"; "the 544-mark" a toll reached
            if (rest.Equals("odd", StringComparison.OrdinalIgnoreCase) || rest.Equals("mark", StringComparison.OrdinalIgnoreCase))
            {
                return TryDigits(word[..hyphen], out value, out _, out fraction);
            }

            range = TryDigits(rest, out var high, out _, out _) && TryDigits(word[..hyphen], out value, out _, out fraction) && high > value;
            return range;
        }

        Span<char> digits = stackalloc char[Math.Min(word.Length, 32)];
        var n = 0;
        foreach (var c in word)
        {
            if (n == digits.Length || !(char.IsAsciiDigit(c) || c is ',' or '.'))
            {
                return false;
            }

            if (c != ',')
            {
                digits[n++] = c;
            }

            fraction |= c == '.';
        }

        return double.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // "a hundred", "two hundred and fifty", "twenty one", "twenty-one", "half a dozen", "two dozen", "both".
    private static bool TryWords(in TokenView view, int i, out long total, out int end)
    {
        total = 0;
        end = i;
        long current = 0;
        var j = i;
        if (view.Is(j, "half") && view.Is(j + 1, "a") && view.Is(j + 2, "dozen"))
        {
            total = 6;
            end = j + 3;
            return true;
        }

        if ((view.Is(j, "a") || view.Is(j, "an")) && Multiplier(view, j + 1) > 1)
        {
            current = 1;
            j++;
        }

        var read = false;
        while (view.IsWord(j))
        {
            if (view.Is(j, "and") && read && Multiplier(view, j - 1) >= 100 && SmallValue(view, j + 1) > 0)
            {
                j++;
                continue;
            }

            var small = SmallValue(view, j);
            var multiplier = Multiplier(view, j);
            if (small > 0 && !(view.Is(j, "both") && read))
            {
                current += small;
            }
            else if (multiplier > 1 && (current > 0 || read))
            {
                current = Math.Max(current, 1) * multiplier;
                if (multiplier >= 1000)
                {
                    total += current;
                    current = 0;
                }
            }
            else
            {
                break;
            }

            read = true;
            j++;
            if (total + current > MaxValue)
            {
                return false;
            }
        }

        total += current;
        end = j;
        return read && total > 0;
    }

    // A unit, teen, tens or tens-unit value ("seven", "forty", "twenty-one", "both"); 0 for anything else.
    private static int SmallValue(in TokenView view, int j)
    {
        if (!view.IsWord(j))
        {
            return 0;
        }

        var info = view[j].Info;
        return (info.Tags & WordTags.NumberWord) != 0 && info.Number < 100 && !view.Is(j, "dozen") ? info.Number : 0;
    }

    // "hundred", "thousand", "million", "lakh", "crore", "dozen": the factor; 0 otherwise.
    private static int Multiplier(in TokenView view, int j) =>
        view.IsWord(j) && view[j].Info is { Number: >= 100 or 12 } info && (info.Tags & WordTags.NumberWord) != 0
            && (info.Number != 12 || view.Is(j, "dozen")) ? info.Number : 0;
}
