using System.Collections.Immutable;

namespace Sitrep.Corpus.Stories;

/// <summary>The words of a text in order, each as a case-folded hash with its <see cref="FactKind"/> (<see cref="FactTokens"/>).</summary>
/// <param name="Words">Case-folded word hashes, in text order.</param>
/// <param name="Kinds">The kind of each word, at the same index.</param>
public sealed record FactProfile(ImmutableArray<ulong> Words, ImmutableArray<FactKind> Kinds)
{
    /// <summary>The profile of a text without words.</summary>
    public static FactProfile Empty { get; } = new([], []);
}
