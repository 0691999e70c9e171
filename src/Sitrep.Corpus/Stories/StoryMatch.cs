namespace Sitrep.Corpus.Stories;

/// <summary>
/// The pairwise decision of the stories index: two texts are copies of one story when their shingle sets reach
/// <see cref="StoryOptions.MinJaccard"/> and the template rule does not set them apart. Symmetric and pure, so the
/// stories (the connected groups of this relation) do not depend on the order texts arrive in.
/// </summary>
public static class StoryMatch
{
    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/> are copies of one story: not ruled out by their signatures
    /// (<see cref="IsRuledOutBySignature"/>, so a caller that checks signatures first decides the same), exact Jaccard of
    /// their shingles at least <see cref="StoryOptions.MinJaccard"/>, and facts that agree (<see cref="TemplateRule"/>), with
    /// room for an updated figure in a long shared text (<see cref="FactComparison.Disagrees(double, int, int)"/>).
    /// </summary>
    public static bool IsMatch(StoryFingerprint a, StoryFingerprint b, StoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(options);
        if (a.Shingles.IsEmpty || b.Shingles.IsEmpty)
        {
            return false; // texts without words match only as exact copies (content hash)
        }

        return !IsRuledOutBySignature(a.Signature.AsSpan(), b.Signature.AsSpan(), options) && Agree(a, b.Shingles, () => b.Facts, options);
    }

    /// <summary>
    /// The same decision as <see cref="IsMatch(StoryFingerprint, StoryFingerprint, StoryOptions)"/> against a stored text
    /// and its stored signature, computing of the text only what the decision reaches: the text is read only when the
    /// signatures leave the pair open, its facts only once the shingles reach the threshold (a candidate's signature is
    /// not recomputed).
    /// </summary>
    /// <param name="a">The new text's fingerprint.</param>
    /// <param name="signature">The stored text's signature (<see cref="StoryFingerprint.Signature"/> under the same options).</param>
    /// <param name="text">Reads the stored text (null: it is gone).</param>
    /// <param name="options">The thresholds.</param>
    public static bool IsMatch(StoryFingerprint a, ReadOnlySpan<uint> signature, Func<string?> text, StoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        if (a.Shingles.IsEmpty || IsRuledOutBySignature(a.Signature.AsSpan(), signature, options) || text() is not { } stored)
        {
            return false;
        }

        var shingles = WordShingles.Of(stored, options.ShingleSize);
        return !shingles.IsEmpty && Agree(a, shingles, () => FactTokens.Of(stored), options);
    }

    // Exact Jaccard of the shingles at least MinJaccard, then facts that agree (read only when the shingles do).
    private static bool Agree(StoryFingerprint a, System.Collections.Immutable.ImmutableArray<ulong> b, Func<FactProfile> facts, StoryOptions options)
    {
        var common = MinHash.Common(a.Shingles.AsSpan(), b.AsSpan());
        return (double)common / (a.Shingles.Length + b.Length - common) >= options.MinJaccard
            && !TemplateRule.Compare(a.Facts, facts()).Disagrees(options.MaxConflictShare, common, options.ShinglesPerUpdatedFigure);
    }

    /// <summary>
    /// Whether the signatures alone rule the pair out: their estimated Jaccard lies more than four standard errors below
    /// <see cref="StoryOptions.MinJaccard"/>, so reading the candidate's text is not worth it.
    /// </summary>
    public static bool IsRuledOutBySignature(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, StoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var p = options.MinJaccard;
        var margin = 4 * Math.Sqrt(p * (1 - p) / Math.Max(1, a.Length));
        return MinHash.Estimate(a, b) < p - margin;
    }
}
