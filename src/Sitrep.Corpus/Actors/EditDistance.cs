namespace Sitrep.Corpus.Actors;

/// <summary>Edit distance checks on short keys (Levenshtein: one letter changed, added or dropped).</summary>
internal static class EditDistance
{
    /// <summary>True when <paramref name="a"/> becomes <paramref name="b"/> by at most one change, insertion or deletion.</summary>
    public static bool AtMostOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = a.CommonPrefixLength(b);
        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        // After the common prefix, the rest must agree once one letter is skipped on the longer side (or both sides).
        var ra = a[prefix..];
        var rb = b[prefix..];
        return a.Length == b.Length ? ra[1..].SequenceEqual(rb[1..])
            : a.Length > b.Length ? ra[1..].SequenceEqual(rb)
            : ra.SequenceEqual(rb[1..]);
    }
}
