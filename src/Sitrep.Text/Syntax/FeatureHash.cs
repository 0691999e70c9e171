using System.Runtime.CompilerServices;

namespace Sitrep.Text.Syntax;

/// <summary>
/// Allocation-free hashing for the tagger's and parser's features: FNV-1a over characters (optionally lower-cased,
/// curly apostrophes folded to <c>'</c> so that news text matches the treebank), and a SplitMix64 finaliser that
/// turns (template, values) into a weight row.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hash of no value (a position outside the sentence).</summary>
    public const ulong None = 0x9E3779B97F4A7C15UL;

    /// <summary>FNV-1a of <paramref name="s"/>, folding case when <paramref name="lower"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> s, bool lower)
    {
        var h = Offset;
        foreach (var c in s)
        {
            h = (h ^ Fold(c, lower)) * Prime;
        }

        return h;
    }

    /// <summary>The character as features see it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c, bool lower) => c switch
    {
        '’' or '‘' or 'ʼ' => '\'',
        '“' or '”' or '„' => '"',
        _ => lower ? char.ToLowerInvariant(c) : c,
    };

    /// <summary>Hash of the word's shape: upper X, lower x, digit d, others kept; runs longer than two collapse.</summary>
    public static ulong Shape(ReadOnlySpan<char> s)
    {
        var h = Offset;
        char last = '\0';
        var run = 0;
        foreach (var c in s)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : Fold(c, false);
            run = k == last ? run + 1 : 0;
            last = k;
            if (run < 2)
            {
                h = (h ^ k) * Prime;
            }
        }

        return h;
    }

    /// <summary>Mixes a template id and up to three values into a 64-bit feature hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong template, ulong a, ulong b = 0, ulong c = 0)
    {
        var h = Finalise((template * 0x9E3779B97F4A7C15UL) ^ a);
        h = Finalise(h ^ b);
        return Finalise(h ^ c);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finalise(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
