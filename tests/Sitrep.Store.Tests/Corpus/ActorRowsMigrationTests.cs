using Microsoft.Data.Sqlite;
using Sitrep.Core.Diagnostics;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests.Corpus;

/// <summary>
/// The migration that folds a mention's aliases into its row (issue 10 point 8, the corpus stage's cost) keeps what a
/// store built before it holds: the aliases move into the mention, and removing the document still takes them back.
/// </summary>
[Trait("Issue", "10")]
public sealed class ActorRowsMigrationTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-migrate-" + Guid.NewGuid().ToString("N"));

    public ActorRowsMigrationTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Open_StoreFromBeforeTheMigration_AliasesMoveIntoTheMention_AndRemovalTakesThemBack()
    {
        var path = Path.Combine(_dir, "old.db");
        var (version, _, _) = Migrator.All.Single(m => m.Name.Contains("corpus_write_cost", StringComparison.Ordinal));
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            Exec(old, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            foreach (var (v, name, sql) in Migrator.All.Where(m => m.Version < version))
            {
                Exec(old, sql);
                Exec(old, $"INSERT INTO schema_version VALUES ({v}, '{name}', '2026-12-01')");
            }

            Exec(old, "INSERT INTO corpus_actors (id, type, name, name_key, documents, events_source, events_target) VALUES (1, 'Person', 'Khalifa Haftar', 'khalifa haftar', 1, 2, 0)");
            Exec(old, "INSERT INTO corpus_actor_aliases VALUES (1, 'Name', 'khalifa haftar', 'khlf hftr', 'Khalifa Haftar', 1), (1, 'Surname', 'haftar', 'hftr', 'Haftar', 1)");
            Exec(old, "INSERT INTO corpus_actor_facets VALUES (1, 'code', 'LBYMIL', 1)");
            Exec(old, "INSERT INTO corpus_actor_mentions VALUES ('d1', 0, 1, 'New', 'no actor has this name', NULL, 'Khalifa Haftar', NULL, NULL, 'LBYMIL', '2020-01-08', 2, 0)");
            Exec(old, "INSERT INTO corpus_actor_mention_aliases VALUES ('d1', 1, 'Name', 'khalifa haftar', 'Khalifa Haftar'), ('d1', 1, 'Surname', 'haftar', 'Haftar')");
        }

        await using (var store = await SqliteDocumentStore.OpenAsync(path))
        {
            Assert.Equal(
                "[[\"Name\",\"khalifa haftar\",\"Khalifa Haftar\"],[\"Surname\",\"haftar\",\"Haftar\"]]",
                Normalise((string)Scalar(path, "SELECT aliases FROM corpus_actor_mentions WHERE document_id = 'd1'")!));
            Assert.Equal(0L, Scalar(path, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'corpus_actor_mention_aliases'"));

            // Replacing d1 by a failure removes what it contributed, from the migrated rows.
            await store.SaveFailureAsync(new DocumentFailure("d1", DiagnosticCode.StageFailed, "boom", null));
        }

        Assert.Equal(0L, Scalar(path, "SELECT COUNT(*) FROM corpus_actors"));
        Assert.Equal(0L, Scalar(path, "SELECT COUNT(*) FROM corpus_actor_aliases"));
        Assert.Equal(0L, Scalar(path, "SELECT COUNT(*) FROM corpus_actor_facets"));
    }

    // json_group_array's order is the rows' order: sorted here so the assertion does not depend on it.
    private static string Normalise(string json) =>
        "[" + string.Join(",", System.Text.Json.JsonSerializer.Deserialize<string[][]>(json)!.Select(a => System.Text.Json.JsonSerializer.Serialize(a)).Order(StringComparer.Ordinal)) + "]";

    private static void Exec(SqliteConnection c, string sql)
    {
        using var command = c.CreateCommand();
#pragma warning disable CA2100 // the migrations' own SQL and constants of this test
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    private static object? Scalar(string path, string sql)
    {
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        using var command = c.CreateCommand();
#pragma warning disable CA2100 // constants of this test
        command.CommandText = sql;
#pragma warning restore CA2100
        return command.ExecuteScalar();
    }
}
