using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// One compiled write statement with positional parameters, bound by index through SQLite's own API
/// (SQLitePCLRaw, which Microsoft.Data.Sqlite runs on). Microsoft.Data.Sqlite binds every parameter by name on every
/// execution (<c>sqlite3_bind_parameter_index</c>, a linear search in SQLite, plus a UTF-8 copy of the name), which
/// cost more than the insert itself for the multi-row statements of <see cref="RowInserter"/>. The statement runs on
/// the connection's own handle, so it takes part in the open transaction and its <c>busy_timeout</c>; an error is
/// raised as the <see cref="SqliteException"/> Microsoft.Data.Sqlite would raise, so the store's error translation
/// (<see cref="SqliteErrors"/>) sees no difference. Values are always parameters, never SQL text.
/// </summary>
internal sealed class PositionalStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    /// <summary>Compiles <paramref name="sql"/> on the connection's handle.</summary>
    public PositionalStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        Check(rc);
        ParameterCount = raw.sqlite3_bind_parameter_count(_statement);
    }

    /// <summary>The number of parameters the statement takes.</summary>
    public int ParameterCount { get; }

    /// <summary>Binds <paramref name="value"/> to the parameter at <paramref name="index"/> (0-based), typed as Microsoft.Data.Sqlite types it.</summary>
    public void Bind(int index, object? value)
    {
        var i = index + 1;
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, i),
            string s => raw.sqlite3_bind_text(_statement, i, s),
            int n => raw.sqlite3_bind_int64(_statement, i, n),
            long n => raw.sqlite3_bind_int64(_statement, i, n),
            bool b => raw.sqlite3_bind_int64(_statement, i, b ? 1 : 0),
            double d => raw.sqlite3_bind_double(_statement, i, d),
            float f => raw.sqlite3_bind_double(_statement, i, f),
            short n => raw.sqlite3_bind_int64(_statement, i, n),
            byte n => raw.sqlite3_bind_int64(_statement, i, n),
            byte[] bytes => raw.sqlite3_bind_blob(_statement, i, bytes),
            _ => throw new NotSupportedException($"PositionalStatement cannot bind a value of type {value.GetType().Name}; pass it as a string, integer, real or byte array."),
        };
        Check(rc);
    }

    /// <summary>Runs the bound statement once and makes it ready for the next row set.</summary>
    public void Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            // The reset returns the same error; the message is read before it.
            var error = Error(rc);
            raw.sqlite3_reset(_statement);
            throw error;
        }

        raw.sqlite3_reset(_statement); // every parameter is bound again before the next run
    }

    /// <inheritdoc />
    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw Error(rc);
        }
    }

    private SqliteException Error(int rc)
    {
        var message = raw.sqlite3_errmsg(_db).utf8_to_string();
        var extended = raw.sqlite3_extended_errcode(_db);
        return new SqliteException(
            new StringBuilder("SQLite Error ").Append(rc).Append(": '").Append(message).Append("'.").ToString(),
            rc,
            extended);
    }
}
