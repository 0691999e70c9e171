using System.Collections.Immutable;

namespace Sitrep.Store.Sqlite.Corpus;

/// <summary>The corpus indexes a store keeps unless its options name others: the one place they are listed.</summary>
internal static class CorpusIndexes
{
    /// <summary>Every corpus index, in the order they are updated (a later one may read an earlier one's tables).</summary>
    public static ImmutableArray<ISqliteCorpusIndex> Default { get; } = [new StoriesIndex(), new EventsCorpusIndex(), new ActorIndex(), new RelationsIndex()];

    /// <summary>The indexes of <paramref name="options"/>: its own list, or <see cref="Default"/> with its stories options.</summary>
    public static ImmutableArray<ISqliteCorpusIndex> For(SqliteStoreOptions options) =>
        options.CorpusIndexes ?? (options.Stories is { } stories ? [.. Default.Select(i => i is StoriesIndex ? new StoriesIndex(stories) : i)] : Default);
}
