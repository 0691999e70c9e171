using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests;

/// <summary>The store contract on SQLite files in a fresh temp folder, plus SQLite-specific checks.</summary>
public sealed class SqliteDocumentStoreTests : DocumentStoreContract
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-store-" + Guid.NewGuid().ToString("N"));

    protected override async Task<IDocumentStore> OpenStoreAsync(string name)
    {
        Directory.CreateDirectory(_dir);
        return await SqliteDocumentStore.OpenAsync(Path.Combine(_dir, name + ".db"));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public async Task OpenAsync_Twice_MigrationsAppliedOnce()
    {
        await (await OpenAsync()).DisposeAsync();
        await (await OpenAsync()).DisposeAsync();

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dir, "main.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), MAX(version) FROM schema_version";
        await using var r = await command.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync());
        Assert.Equal(SqliteDocumentStore.SchemaVersion, r.GetInt32(0));
        Assert.Equal(SqliteDocumentStore.SchemaVersion, r.GetInt32(1));
        Assert.True(SqliteDocumentStore.SchemaVersion >= 1);
    }

    private string CreatedDir() => Directory.CreateDirectory(_dir).FullName;

    private string RunStatusOf(long run, string name = "main")
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_dir, name + ".db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT status FROM runs WHERE id = $id";
        command.Parameters.AddWithValue("$id", run);
        return (string)command.ExecuteScalar()!;
    }

    [Theory]
    [Trait("Issue", "9")]
    [InlineData(null, "running")]
    [InlineData(RunStatus.Finished, "finished")]
    [InlineData(RunStatus.Interrupted, "interrupted")]
    public async Task FinishRunAsync_Status_Recorded(RunStatus? status, string expected)
    {
        long run;
        await using (var store = await SqliteDocumentStore.OpenAsync(Path.Combine(CreatedDir(), "main.db")))
        {
            run = await store.BeginRunAsync(new RunInfo(["cleaner.v1"], [], "{}"));
            if (status is { } s)
            {
                await store.FinishRunAsync(run, new RunTotals(0, 0, 0), [], s);
            }
        }

        Assert.Equal(expected, RunStatusOf(run));
    }

    [Theory]
    [Trait("Issue", "9")]
    [InlineData("This is a text file, not a database. It is long enough to fill the SQLite header and a little more.")]
    [InlineData(null)]
    public async Task OpenAsync_NotADatabase_StoreExceptionNotADatabase(string? text)
    {
        var path = Path.Combine(CreatedDir(), "bad.db");
        await File.WriteAllBytesAsync(path, text is null ? Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray() : System.Text.Encoding.UTF8.GetBytes(text));

        var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteDocumentStore.OpenAsync(path));

        Assert.Equal((StoreProblem.NotADatabase, path), (ex.Problem, ex.Path));
    }

    [Fact]
    [Trait("Issue", "9")]
    public async Task OpenAsync_WriteProtectedFile_ReadOnlyForWritingReadableForReading()
    {
        var path = Path.Combine(CreatedDir(), "ro.db");
        await using (var store = await SqliteDocumentStore.OpenAsync(path))
        {
            await store.SaveAsync(SampleDocuments.Plain("a", "text"));
        }

        File.SetAttributes(path, FileAttributes.ReadOnly);
        try
        {
            var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteDocumentStore.OpenAsync(path));
            Assert.Equal(StoreProblem.ReadOnly, ex.Problem);
            await using var reader = await SqliteDocumentStore.OpenAsync(path, new SqliteStoreOptions { ReadOnly = true });
            Assert.NotNull(await reader.GetAsync("a"));
        }
        finally
        {
            File.SetAttributes(path, FileAttributes.Normal);
        }
    }

    [Fact]
    [Trait("Issue", "9")]
    public async Task OpenAsync_LockedByAnotherConnection_LockedAfterBusyTimeout()
    {
        var path = Path.Combine(CreatedDir(), "locked.db");
        await (await SqliteDocumentStore.OpenAsync(path)).DisposeAsync();
        await using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        await other.OpenAsync();
        Exec(other, "BEGIN EXCLUSIVE");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<StoreException>(async () =>
        {
            await using var store = await SqliteDocumentStore.OpenAsync(path, new SqliteStoreOptions { BusyTimeout = TimeSpan.FromSeconds(1) });
            await store.SaveAsync(SampleDocuments.Plain("a", "text"));
        });

        Assert.Equal(StoreProblem.Locked, ex.Problem);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(10));
    }

    [Fact]
    [Trait("Issue", "9")]
    public async Task SaveAsync_PastMaxBytes_Full()
    {
        var path = Path.Combine(CreatedDir(), "small.db");
        await (await SqliteDocumentStore.OpenAsync(path)).DisposeAsync();
        await using var store = await SqliteDocumentStore.OpenAsync(path, new SqliteStoreOptions { MaxBytes = new FileInfo(path).Length + 4096 });

        var ex = await Assert.ThrowsAsync<StoreException>(async () =>
        {
            foreach (var doc in SampleDocuments.Batch(50))
            {
                await store.SaveAsync(doc);
            }
        });

        Assert.Equal(StoreProblem.Full, ex.Problem);
    }

    [Fact]
    public void Migrate_From7_KeepsEventsAndAllowsEventsWithoutSource()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Exec(connection, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var (version, name, sql) in Migrator.All.Where(m => m.Version <= 7))
        {
            Exec(connection, sql);
            Exec(connection, $"INSERT INTO schema_version VALUES ({version}, '{name}', 'test')");
        }

        Exec(connection, "INSERT INTO documents (id, status, text, stored_at) VALUES ('d', 'ok', 'Mordor attacked Gondor.', 'now')");
        Exec(connection, """
            INSERT INTO events (document_id, seq, source_code, source_name, source_start, source_end, target_code, target_name, target_start, target_end,
                code, goldstein, plover, trigger_start, trigger_end, evidence_start, evidence_end, sentence_start, sentence_end, confidence, rule, paired, place_rule)
            VALUES ('d', 0, 'MOR', 'Mordor', 0, 6, 'GON', 'Gondor', 16, 22, '190', -10, 'Assault', 7, 15, 0, 22, 0, 23, 0.7, 'r', 0, 'clause')
            """);

        Assert.Equal(Migrator.Latest - 7, Migrator.Migrate(connection));

        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT source_code, target_code, code, place_rule FROM events WHERE document_id = 'd'";
            using var r = read.ExecuteReader();
            Assert.True(r.Read());
            Assert.Equal(("MOR", "GON", "190", "clause"), (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));
            Assert.False(r.Read());
        }

        Exec(connection, """
            INSERT INTO events (document_id, seq, target_code, target_name, target_start, target_end,
                code, goldstein, plover, trigger_start, trigger_end, evidence_start, evidence_end, sentence_start, sentence_end, confidence, rule, paired)
            VALUES ('d', 1, 'GON', 'Gondor', 16, 22, '190', -10, 'Assault', 7, 15, 0, 22, 0, 23, 0.5, 'r', 0)
            """);
    }

    [Fact]
    [Trait("Issue", "8")]
    public async Task Migrate_From8_KeepsEventsReadBackWithoutAcledTyping()
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, "v8.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            Exec(connection, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            foreach (var (version, name, sql) in Migrator.All.Where(m => m.Version <= 8))
            {
                Exec(connection, sql);
                Exec(connection, $"INSERT INTO schema_version VALUES ({version}, '{name}', 'test')");
            }

            Exec(connection, "INSERT INTO documents (id, status, content_hash, text, layers, stored_at) VALUES ('d', 'ok', 'h', 'Mordor attacked Gondor.', '[\"Events\"]', 'now')");
            Exec(connection, """
                INSERT INTO events (document_id, seq, source_code, source_name, source_start, source_end, target_code, target_name, target_start, target_end,
                    code, goldstein, plover, trigger_start, trigger_end, evidence_start, evidence_end, sentence_start, sentence_end, confidence, rule, paired)
                VALUES ('d', 0, 'MOR', 'Mordor', 0, 6, 'GON', 'Gondor', 16, 22, '190', -10, 'Assault', 7, 15, 0, 22, 0, 23, 0.7, 'r', 0)
                """);
        }

        await using var store = await SqliteDocumentStore.OpenAsync(path);
        var doc = (await store.GetAsync("d"))!.Document!;

        var e = Assert.Single(doc.Events);
        Assert.Equal(("MOR", "GON", "190", 0.7), (e.Source!.Code.Value, e.Target!.Code.Value, e.Code.Value, e.Confidence));
        Assert.Equal((null, null, null), (e.Acled, e.Fatalities, e.Injuries));
        Assert.Equal((AcledActorCategory.None, false, null), (e.Source.Category, e.Source.Generic, e.Source.Rule));
        Assert.Equal((AcledActorCategory.None, false, null), (e.Target.Category, e.Target.Generic, e.Target.Rule));
        Assert.Empty(doc.GenericActors);
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task OpenAsync_InMemory_Works()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory);

        Assert.Equal(SaveOutcome.Stored, await store.SaveAsync(SampleDocuments.Full()));
        Assert.NotNull(await store.GetAsync("doc-1"));
    }

    [Fact]
    public async Task SaveAsync_HostileId_ParameterisedNotInjected()
    {
        var store = await OpenAsync();
        const string id = "x'); DROP TABLE documents; --";

        await store.SaveAsync(SampleDocuments.Plain(id, "t"));

        Assert.Equal(id, (await store.GetAsync(id))!.Id);
    }
}
