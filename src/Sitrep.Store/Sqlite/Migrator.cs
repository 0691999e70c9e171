using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// Applies the numbered migrations embedded as <c>Migrations/NNN_name.sql</c> in order, each in its own transaction,
/// recording each in <c>schema_version</c> (STYLE A11).
/// </summary>
internal static class Migrator
{
    private const string Prefix = "Sitrep.Store.Migrations.";

    /// <summary>The embedded migrations, ordered by number.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> All { get; } = Load();

    /// <summary>The schema version after all migrations.</summary>
    public static int Latest => All.Count == 0 ? 0 : All[^1].Version;

    /// <summary>Brings the database up to <see cref="Latest"/>; returns the number of migrations applied.</summary>
    /// <exception cref="StoreException">When the database is newer than this program (<see cref="StoreProblem.WrongSchema"/>).</exception>
    public static int Migrate(SqliteConnection connection)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
            create.ExecuteNonQuery();
        }

        int current;
        using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
            current = Convert.ToInt32(query.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        if (current > Latest)
        {
            throw new StoreException(StoreProblem.WrongSchema, string.Empty, $"database schema version {current} is newer than this Sitrep ({Latest}); upgrade Sitrep or use another database");
        }

        var applied = 0;
        foreach (var (version, name, sql) in All.Where(m => m.Version > current))
        {
            using var tx = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = tx;
                command.CommandText = sql;
                command.ExecuteNonQuery();
            }

            using (var record = connection.CreateCommand())
            {
                record.Transaction = tx;
                record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($v, $n, $t)";
                record.Parameters.AddWithValue("$v", version);
                record.Parameters.AddWithValue("$n", name);
                record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
            }

            tx.Commit();
            applied++;
        }

        return applied;
    }

    /// <summary>Checks, without writing, that a database is at <see cref="Latest"/> (for a read-only open).</summary>
    /// <exception cref="StoreException">When it is older or newer (<see cref="StoreProblem.WrongSchema"/>).</exception>
    public static void Check(SqliteConnection connection)
    {
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        var current = 0;
        if (Convert.ToInt32(query.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
        {
            query.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
            current = Convert.ToInt32(query.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        if (current != Latest)
        {
            throw new StoreException(StoreProblem.WrongSchema, string.Empty, $"database schema version {current} is not this Sitrep's ({Latest}) and a read-only database cannot be migrated; make it writable and run again");
        }
    }

    private static List<(int, string, string)> Load()
    {
        var assembly = typeof(Migrator).Assembly;
        var result = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(Prefix, StringComparison.Ordinal) && r.EndsWith(".sql", StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..^4];
            var underscore = name.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(name[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration '{resource}' must be named NNN_description.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            result.Add((version, name, reader.ReadToEnd()));
        }

        result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Item1 != i + 1)
            {
                throw new InvalidOperationException($"Migrations must be numbered 1, 2, 3, … without gaps; found {result[i].Item1} at position {i + 1}.");
            }
        }

        return result;
    }
}
