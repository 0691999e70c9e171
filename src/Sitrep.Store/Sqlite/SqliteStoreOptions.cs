namespace Sitrep.Store.Sqlite;

/// <summary>How <see cref="SqliteDocumentStore.OpenAsync(string, SqliteStoreOptions, TimeProvider?, CancellationToken)"/> opens a database.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>Default for <see cref="BusyTimeout"/>: 5 seconds.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Open for reading only: nothing is created, migrated or written. A database that needs a migration cannot be read
    /// this way (<see cref="StoreProblem.WrongSchema"/>).
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// How long a statement waits for another process's lock before the store gives up with
    /// <see cref="StoreProblem.Locked"/> (issue 9 point 3; Microsoft.Data.Sqlite would otherwise retry for 30 s).
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = DefaultBusyTimeout;

    /// <summary>
    /// Largest size the database file may grow to, in bytes (SQLite's <c>max_page_count</c> times the page size); null:
    /// no limit but the disk. Past it, writes fail as on a full disk (<see cref="StoreProblem.Full"/>).
    /// </summary>
    public long? MaxBytes { get; init; }

    /// <summary>
    /// The cross-document indexes kept in step with the documents (issue 10); null: <see cref="Corpus.CorpusIndexes.Default"/>.
    /// Tests name their own.
    /// </summary>
    internal System.Collections.Immutable.ImmutableArray<Corpus.ISqliteCorpusIndex>? CorpusIndexes { get; init; }

    /// <summary>
    /// How the stories index matches re-publications (issue 10 point 1); null: <see cref="Sitrep.Corpus.Stories.StoryOptions.Default"/>.
    /// </summary>
    public Sitrep.Corpus.Stories.StoryOptions? Stories { get; init; }

    /// <summary>The default options.</summary>
    public static SqliteStoreOptions Default { get; } = new();
}
