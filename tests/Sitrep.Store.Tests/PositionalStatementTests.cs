using Microsoft.Data.Sqlite;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests;

/// <summary>Positional binding through SQLite's own API: values typed as Microsoft.Data.Sqlite types them, errors raised alike.</summary>
public sealed class PositionalStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public PositionalStatementTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (k INTEGER PRIMARY KEY, s TEXT, r REAL, b BLOB, n ANY) STRICT";
        create.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void Bind_EachValueKind_StoredWithTheTypeMicrosoftDataSqliteGivesIt()
    {
        using var commands = new CommandCache(_connection);
        using var tx = _connection.BeginTransaction();
        var rows = new object?[][]
        {
            [1L, "é ünïcode", 2.5, new byte[] { 1, 2, 3 }, true],
            [2, null, 1.5f, Array.Empty<byte>(), DBNull.Value],
            [3, "", 0d, null, (short)7],
        };
        RowInserter.Insert(commands, tx, "t", ["k", "s", "r", "b", "n"], rows.Length, (i, c) => rows[i][c]);
        tx.Commit();

        using var read = _connection.CreateCommand();
        read.CommandText = "SELECT k, s, typeof(s), r, hex(b), typeof(b), n, typeof(n) FROM t ORDER BY k";
        using var r = read.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal(("é ünïcode", 2.5, "010203", 1L, "integer"), (r.GetString(1), r.GetDouble(3), r.GetString(4), r.GetInt64(6), r.GetString(7)));
        Assert.True(r.Read());
        Assert.Equal(("null", 1.5, "blob", "null"), (r.GetString(2), r.GetDouble(3), r.GetString(5), r.GetString(7)));
        Assert.True(r.Read());
        Assert.Equal(("", "text", "null", 7L), (r.GetString(1), r.GetString(2), r.GetString(5), r.GetInt64(6)));
    }

    [Fact]
    public void Execute_ConstraintViolated_RaisesSqliteExceptionWithItsCode_AndTheStatementStaysUsable()
    {
        using var commands = new CommandCache(_connection);
        using var tx = _connection.BeginTransaction();
        RowInserter.Insert(commands, tx, "t", ["k"], 1, (_, _) => 1L);

        var error = Assert.Throws<SqliteException>(() => RowInserter.Insert(commands, tx, "t", ["k"], 1, (_, _) => 1L));
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT, as SqliteErrors classifies it
        Assert.Contains("UNIQUE", error.Message, StringComparison.Ordinal);

        RowInserter.Insert(commands, tx, "t", ["k"], 1, (_, _) => 2L);
        tx.Commit();
        using var count = _connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM t";
        Assert.Equal(2L, count.ExecuteScalar());
    }

    [Fact]
    public void Bind_UnsupportedType_SaysWhichType()
    {
        using var commands = new CommandCache(_connection);
        using var tx = _connection.BeginTransaction();
        var error = Assert.Throws<NotSupportedException>(() => RowInserter.Insert(commands, tx, "t", ["k", "n"], 1, (_, c) => c == 0 ? 1L : new DateTime(2020, 1, 8)));
        Assert.Contains("DateTime", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Insert_MoreRowsThanOneStatementHolds_AllStored()
    {
        using var commands = new CommandCache(_connection);
        using var tx = _connection.BeginTransaction();
        var n = (RowInserter.MaxRowsPerStatement * 2) + 3;
        RowInserter.Insert(commands, tx, "t", ["k", "s"], n, (i, c) => c == 0 ? i : $"row {i}");
        tx.Commit();
        using var read = _connection.CreateCommand();
        read.CommandText = "SELECT COUNT(*), SUM(k), MAX(s) FROM t";
        using var r = read.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal((n, (long)n * (n - 1) / 2), (r.GetInt32(0), r.GetInt64(1)));
    }
}
