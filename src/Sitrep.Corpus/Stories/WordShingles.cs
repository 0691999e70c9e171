using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Sitrep.Corpus.Stories;

/// <summary>
/// The word shingles of a text, for finding re-publications of one story (issue 10 point 1): a word is a run of
/// letters or digits, folded to lower case, so casing, punctuation and spacing do not tell copies apart; a shingle is
/// <c>size</c> consecutive words, hashed to 64 bits. A text shorter than one shingle gives one shingle of all its words.
/// </summary>
public static class WordShingles
{
    /// <summary>Words per shingle by default: five, as in the Jaccard baseline the issue names.</summary>
    public const int DefaultSize = 5;

    /// <summary>Longest text read, in characters; the rest is ignored, so the cost of one text is bounded.</summary>
    public const int MaxChars = 1 << 20;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>The distinct shingle hashes of <paramref name="text"/>, sorted ascending.</summary>
    /// <param name="text">Any text (the first <see cref="MaxChars"/> characters are read).</param>
    /// <param name="size">Words per shingle, 1 or more.</param>
    /// <returns>Empty when the text has no word.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="size"/> is below 1.</exception>
    public static ImmutableArray<ulong> Of(ReadOnlySpan<char> text, int size = DefaultSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (text.Length > MaxChars)
        {
            text = text[..MaxChars];
        }

        var words = WordHashes(text);
        if (words.Count == 0)
        {
            return [];
        }

        // One hash per window of `size` words (one window of all the words for a shorter text), then sorted and made
        // distinct in place: cheaper than a hash set for the few hundred shingles of an article.
        var count = Math.Max(1, words.Count - size + 1);
        var hashes = new ulong[count];
        for (var start = 0; start < count; start++)
        {
            var h = FnvOffset;
            for (var i = start; i < Math.Min(words.Count, start + size); i++)
            {
                h = (h ^ words[i]) * FnvPrime;
            }

            hashes[start] = Mix(h);
        }

        Array.Sort(hashes);
        var distinct = 1;
        for (var i = 1; i < hashes.Length; i++)
        {
            if (hashes[i] != hashes[distinct - 1])
            {
                hashes[distinct++] = hashes[i];
            }
        }

        if (distinct < hashes.Length)
        {
            Array.Resize(ref hashes, distinct);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(hashes);
    }

    /// <summary>The string overload: a wrapper around the span one.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="size">Words per shingle, 1 or more.</param>
    /// <returns>The distinct shingle hashes, sorted.</returns>
    public static ImmutableArray<ulong> Of(string text, int size = DefaultSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Of(text.AsSpan(), size);
    }

    // One FNV-1a hash per word over its case-folded characters.
    private static List<ulong> WordHashes(ReadOnlySpan<char> text)
    {
        var words = new List<ulong>();
        var h = FnvOffset;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                // ASCII: the invariant lower case is the ASCII one, without the culture lookup.
                h = (h ^ (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c)) * FnvPrime;
                inWord = true;
            }
            else if (c > '\u007F' && char.IsLetterOrDigit(c))
            {
                h = (h ^ char.ToLower(c, CultureInfo.InvariantCulture)) * FnvPrime;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(h);
                h = FnvOffset;
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(h);
        }

        return words;
    }

    // SplitMix64's finaliser: spreads FNV's weak low bits, so any bits of a shingle hash can be used as a band key.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
