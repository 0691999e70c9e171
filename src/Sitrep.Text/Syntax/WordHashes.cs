namespace Sitrep.Text.Syntax;

/// <summary>Hashes of one word's surface features, computed once per word (no strings allocated).</summary>
/// <param name="Lower">Lower-cased form.</param>
/// <param name="Prefix1">First character, lower-cased.</param>
/// <param name="Prefix2">First two characters.</param>
/// <param name="Prefix3">First three characters.</param>
/// <param name="Suffix1">Last character.</param>
/// <param name="Suffix2">Last two characters.</param>
/// <param name="Suffix3">Last three characters.</param>
/// <param name="Shape">Shape (<c>Xxxx</c>, <c>dd.d</c>).</param>
internal readonly record struct WordHashes(ulong Lower, ulong Prefix1, ulong Prefix2, ulong Prefix3, ulong Suffix1, ulong Suffix2, ulong Suffix3, ulong Shape)
{
    /// <summary>Features of a position outside the sentence.</summary>
    public static WordHashes Padding { get; } = new(FeatureHash.None, FeatureHash.None, FeatureHash.None, FeatureHash.None, FeatureHash.None, FeatureHash.None, FeatureHash.None, FeatureHash.None);

    /// <summary>Hashes the word.</summary>
    public static WordHashes Of(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        return new WordHashes(
            FeatureHash.Of(w, lower: true),
            FeatureHash.Of(w[..Math.Min(1, n)], lower: true),
            FeatureHash.Of(w[..Math.Min(2, n)], lower: true),
            FeatureHash.Of(w[..Math.Min(3, n)], lower: true),
            FeatureHash.Of(w[Math.Max(0, n - 1)..], lower: true),
            FeatureHash.Of(w[Math.Max(0, n - 2)..], lower: true),
            FeatureHash.Of(w[Math.Max(0, n - 3)..], lower: true),
            FeatureHash.Shape(w));
    }
}
