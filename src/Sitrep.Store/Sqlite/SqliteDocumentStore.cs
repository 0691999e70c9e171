using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// The default <see cref="IDocumentStore"/>: one SQLite file (Microsoft.Data.Sqlite), WAL journal, foreign keys on,
/// numbered migrations applied on open, one transaction per document. One connection serialised by a gate, so the
/// store may be shared by threads; SQLite allows one writer anyway.
/// </summary>
public sealed partial class SqliteDocumentStore : IDocumentStore
{
    /// <summary>The default database path, relative to the working directory (issue 2 point 6).</summary>
    public const string DefaultPath = "sitrep.db";

    /// <summary>The path that opens a private in-memory database (for tests and benchmarks).</summary>
    public const string InMemory = ":memory:";

    /// <summary>
    /// WAL pages between automatic checkpoints (64 MB at 4 KB pages). Each checkpoint syncs the file; SQLite's default
    /// (1,000 pages) made a checkpoint every ~150 articles and tripled ingest time. Commits stay atomic: a crashed
    /// process loses no committed document (synchronous NORMAL in WAL mode).
    /// </summary>
    public const int WalCheckpointPages = 16384;

    /// <summary>
    /// SQLite page cache of a writable file, in KiB (64 MiB; SQLite's default is 2 MiB). The corpus indexes look rows up
    /// by key in tables that grow with the store; with the default cache most lookups went to the operating system
    /// (issue 10 point 8: the corpus stage 1,352 -> 1,513 articles/s in `sitrep bench`, peak memory +100 MB).
    /// </summary>
    public const int CacheKibibytes = 65536;

    private readonly SqliteConnection _connection;
    private readonly CommandCache _commands;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, string> _signatures = new();
    private readonly TimeProvider _clock;
    private readonly ImmutableArray<Corpus.ISqliteCorpusIndex> _corpus;
    private int _disposed;
    private long _corpusTicks;
    private long _corpusDocuments;
    private long _corpusCpuNanoseconds;
    private string _path = InMemory;

    private SqliteDocumentStore(SqliteConnection connection, TimeProvider clock, ImmutableArray<Corpus.ISqliteCorpusIndex> corpus)
    {
        _connection = connection;
        _commands = new CommandCache(connection);
        _clock = clock;
        _corpus = corpus;
    }

    /// <summary>The schema version this store is at.</summary>
    public static int SchemaVersion => Migrator.Latest;

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> and applies pending migrations.</summary>
    /// <param name="path">A file path, or <see cref="InMemory"/>.</param>
    /// <param name="clock">Time source for <c>stored_at</c> and run times; the system clock by default.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="StoreException">When the file is not a database, cannot be written, is locked or the disk is full.</exception>
    public static Task<SqliteDocumentStore> OpenAsync(string path, TimeProvider? clock = null, CancellationToken cancellationToken = default) =>
        OpenAsync(path, SqliteStoreOptions.Default, clock, cancellationToken);

    /// <summary>Opens the database at <paramref name="path"/> with <paramref name="options"/>.</summary>
    /// <param name="path">A file path, or <see cref="InMemory"/>.</param>
    /// <param name="options">Read-only or not, the busy timeout and a size limit.</param>
    /// <param name="clock">Time source for <c>stored_at</c> and run times; the system clock by default.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="StoreException">
    /// When the file is not a database or has another schema, cannot be written (a write-protected file is refused for
    /// writing even where the file system would allow it, as for root), is locked or the disk is full.
    /// </exception>
    public static async Task<SqliteDocumentStore> OpenAsync(string path, SqliteStoreOptions options, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        if (path != InMemory && !options.ReadOnly && File.Exists(path) && new FileInfo(path).IsReadOnly)
        {
            throw new StoreException(StoreProblem.ReadOnly, path, "the file is write-protected");
        }

        if (path != InMemory && !options.ReadOnly && Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            Mode = options.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var pragma = connection.CreateCommand())
            {
                var busy = ((long)options.BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
                pragma.CommandText = path == InMemory ? "PRAGMA foreign_keys = ON;"
                    : options.ReadOnly ? $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {busy};"
                    : $"PRAGMA busy_timeout = {busy}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = {WalCheckpointPages}; PRAGMA cache_size = -{CacheKibibytes}; PRAGMA foreign_keys = ON;";
                pragma.ExecuteNonQuery();
            }

            if (options.MaxBytes is { } max)
            {
                LimitSize(connection, max);
            }

            if (!options.ReadOnly && path != InMemory)
            {
                // Take the write lock once and let it go: a database another process holds, or one that cannot be
                // written, is told now (after the busy timeout at most), before the caller loads anything.
                using var probe = connection.CreateCommand();
                probe.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
                probe.ExecuteNonQuery();
            }

            if (options.ReadOnly)
            {
                Migrator.Check(connection);
            }
            else
            {
                Migrator.Migrate(connection);
            }

            return new SqliteDocumentStore(connection, clock ?? TimeProvider.System, Corpus.CorpusIndexes.For(options)) { _path = path };
        }
        catch (Exception ex)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            if (Translate(ex, path) is { } problem)
            {
                throw problem;
            }

            throw;
        }
    }

    // PRAGMA max_page_count caps the file in pages: the limit is in bytes, so it is divided by this database's page size.
    private static void LimitSize(SqliteConnection connection, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        var pageSize = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        command.CommandText = "PRAGMA max_page_count = " + Math.Max(1, maxBytes / pageSize).ToString(CultureInfo.InvariantCulture);
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public Task<long> BeginRunAsync(RunInfo run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Locked(
            () =>
            {
                var id = (long)_commands.Get(
                    "INSERT INTO runs (started_at, stages, data_stamps, config) VALUES ($t, $s, $d, $c) RETURNING id",
                    null,
                    ("$t", Now()),
                    ("$s", JsonSerializer.Serialize(run.Stages)),
                    ("$d", JsonSerializer.Serialize(run.DataStamps)),
                    ("$c", run.ConfigJson)).ExecuteScalar()!;
                _signatures[id] = run.Signature;
                return id;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task FinishRunAsync(long runId, RunTotals totals, IReadOnlyList<string> dataStamps, RunStatus status = RunStatus.Finished, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataStamps);
        return Locked(
            () => _commands.Get(
                "UPDATE runs SET finished_at = $t, stored = $s, unchanged = $u, failed = $f, data_stamps = $d, status = $st WHERE id = $id",
                null,
                ("$st", status == RunStatus.Interrupted ? "interrupted" : status == RunStatus.Running ? "running" : "finished"),
                ("$t", Now()),
                ("$s", totals.Stored),
                ("$u", totals.Unchanged),
                ("$f", totals.Failed),
                ("$d", JsonSerializer.Serialize(dataStamps)),
                ("$id", runId)).ExecuteNonQuery(),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<string?> GetContentHashAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Locked(
            () => _commands.Get("SELECT content_hash FROM documents WHERE id = $id AND status = 'ok'", null, ("$id", id)).ExecuteScalar() as string,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, DocumentFingerprint>> GetFingerprintsAsync(CancellationToken cancellationToken = default) =>
        Locked<IReadOnlyDictionary<string, DocumentFingerprint>>(
            () =>
            {
                var hashes = new Dictionary<string, DocumentFingerprint>(StringComparer.Ordinal);
                // A partial row (a stage failed) is never up to date: a re-run, perhaps with the bug fixed, processes it again.
                using var r = _commands.Get("SELECT id, content_hash, pipeline FROM documents WHERE status = 'ok' AND failure_code IS NULL", null).ExecuteReader();
                while (r.Read())
                {
                    hashes[r.GetString(0)] = new DocumentFingerprint(r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2));
                }

                return hashes;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<SaveOutcome> SaveAsync(Document document, long? runId = null, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = ContentHash.Of(document.Text);
        return Locked(
            () =>
            {
                using var tx = _connection.BeginTransaction();
                var outcome = SaveIn(tx, document, hash, runId, sourceName);
                tx.Commit();
                return outcome;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ImmutableArray<SaveOutcome>> SaveManyAsync(IReadOnlyList<(Document Document, string? SourceName)> documents, long? runId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var hashes = documents.Select(d => ContentHash.Of(d.Document.Text)).ToArray();
        return Locked(
            () =>
            {
                // One commit for the batch: a document's rows touch a page of every table and index, and each commit
                // writes those pages to the WAL again.
                using var tx = _connection.BeginTransaction();
                var outcomes = ImmutableArray.CreateBuilder<SaveOutcome>(documents.Count);
                for (var i = 0; i < documents.Count; i++)
                {
                    outcomes.Add(SaveIn(tx, documents[i].Document, hashes[i], runId, documents[i].SourceName));
                }

                tx.Commit();
                return outcomes.MoveToImmutable();
            },
            cancellationToken);
    }

    private SaveOutcome SaveIn(SqliteTransaction tx, Document document, string hash, long? runId, string? sourceName)
    {
        var signature = runId is { } run && _signatures.TryGetValue(run, out var s) ? s : null;
        var existing = Existing(tx, document.Id);
        if (existing is ("ok", var old, var pipeline, null) && old == hash && pipeline == signature && !IsPartial(document))
        {
            return SaveOutcome.Unchanged;
        }

        if (existing is not null)
        {
            RemoveFromCorpus(tx, document.Id);
            Delete(tx, document.Id);
        }

        DocumentWriter.Insert(_commands, tx, document, hash, runId, sourceName, Now(), signature);
        AddToCorpus(tx, new Corpus.CorpusRow(document.Id, RowSequence(tx, document.Id), hash, sourceName), document);
        return existing is null ? SaveOutcome.Stored : SaveOutcome.Replaced;
    }

    /// <inheritdoc />
    public Task SaveFailureAsync(DocumentFailure failure, long? runId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return Locked(
            () =>
            {
                using var tx = _connection.BeginTransaction();
                RemoveFromCorpus(tx, failure.Id);
                Delete(tx, failure.Id);
                DocumentWriter.InsertFailure(_commands, tx, failure, runId, Now());
                tx.Commit();
                return 0;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<StoredDocument?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Locked(() => DocumentLoader.Load(_commands, id), cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredDocument> ListAsync(DocumentStatus? status = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Ids first, then one document at a time: the gate is never held while the caller works.
        var ids = await Locked(
            () =>
            {
                var list = new List<string>();
                // Ok lists every processed document, partial ones included (they have layers to show and export).
                var sql = status switch
                {
                    null => "SELECT id FROM documents ORDER BY id",
                    DocumentStatus.Partial => "SELECT id FROM documents WHERE status = 'ok' AND failure_code IS NOT NULL ORDER BY id",
                    _ => "SELECT id FROM documents WHERE status = $s ORDER BY id",
                };
                using var r = _commands.Get(sql, null, status is null or DocumentStatus.Partial ? [] : [("$s", status == DocumentStatus.Ok ? "ok" : "failed")]).ExecuteReader();
                while (r.Read())
                {
                    list.Add(r.GetString(0));
                }

                return list;
            },
            cancellationToken).ConfigureAwait(false);
        foreach (var id in ids)
        {
            if (await GetAsync(id, cancellationToken).ConfigureAwait(false) is { } doc)
            {
                yield return doc;
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<DocumentListing> QueryAsync(DocumentQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(limit);
        }

        // One query, read whole under the gate, then yielded: the gate is never held while the caller works.
        var rows = await Locked(() => DocumentListings.Read(_commands, query), cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            yield return row;
        }
    }

    /// <inheritdoc />
    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default) =>
        Locked(
            () =>
            {
                long Count(string sql) => Convert.ToInt64(_commands.Get(sql, null).ExecuteScalar(), CultureInfo.InvariantCulture);
                return new StoreCounts(
                    Count("SELECT COUNT(*) FROM documents"),
                    Count("SELECT COUNT(*) FROM documents WHERE status = 'failed'"),
                    Count("SELECT COUNT(*) FROM entities"),
                    Count("SELECT COUNT(*) FROM mentions"),
                    Count("SELECT COUNT(*) FROM quotes"),
                    Count("SELECT COUNT(*) FROM diagnostics"),
                    Count("SELECT COUNT(*) FROM runs"));
            },
            cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            _commands.Dispose();
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
            _gate.Dispose();
        }
    }

    private (string Status, string? Hash, string? Pipeline, string? FailureCode)? Existing(SqliteTransaction tx, string id)
    {
        using var r = _commands.Get("SELECT status, content_hash, pipeline, failure_code FROM documents WHERE id = $id", tx, ("$id", id)).ExecuteReader();
        return r.Read() ? (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)) : null;
    }

    private long RowSequence(SqliteTransaction tx, string id) =>
        (long)_commands.Get("SELECT rowid FROM documents WHERE id = $id", tx, ("$id", id)).ExecuteScalar()!;

    private static bool IsPartial(Document document) => document.Diagnostics.Any(d => d.Code == DiagnosticCode.StageFailed && d.Severity == Severity.Error);

    private void Delete(SqliteTransaction tx, string id) =>
        _commands.Get("DELETE FROM documents WHERE id = $id", tx, ("$id", id)).ExecuteNonQuery();

    private string Now() => _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    // A SQLite error the user can act on becomes a StoreException naming the file; null: anything else, rethrown as it came.
    private static StoreException? Translate(Exception ex, string path) => ex switch
    {
        SqliteException sqlite => SqliteErrors.Translate(sqlite, path),
        StoreException { Path: "" } store => new StoreException(store.Problem, path, store.Message, store),
        _ => null,
    };

    private async Task<T> Locked<T>(Func<T> action, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return action();
        }
        catch (Exception ex)
        {
            // Whatever failed was rolled back (each action disposes its transaction): state an index keeps beside the
            // database may be ahead of it, so it is read again when next needed.
            foreach (var index in _corpus)
            {
                index.Forget(_commands);
            }

            if (ex is SqliteException sqlite && SqliteErrors.Translate(sqlite, _path) is { } problem)
            {
                throw problem;
            }

            throw;
        }
        finally
        {
            _gate.Release();
        }
    }
}
