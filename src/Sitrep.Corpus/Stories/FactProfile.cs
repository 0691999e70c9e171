using System.Collections.Immutable;

namespace Sitrep.Corpus.Stories;

/// <summary>The words of a text in order, each as a case-folded hash with its <see cref="FactKind"/> (<see cref="FactTokens"/>).</summary>
/// <param name="Words">Case-folded word hashes, in text order.</param>
/// <param name="Kinds">The kind of each word, at the same index.</param>
/// <param name="LineStarts">Whether a line break lies between the word and the one before, at the same index.</param>
public sealed record FactProfile(ImmutableArray<ulong> Words, ImmutableArray<FactKind> Kinds, ImmutableArray<bool> LineStarts)
{
    /// <summary>The profile of a text without words.</summary>
    public static FactProfile Empty { get; } = new([], [], []);
}
