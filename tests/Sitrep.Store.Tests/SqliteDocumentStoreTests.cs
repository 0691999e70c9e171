using Microsoft.Data.Sqlite;
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
