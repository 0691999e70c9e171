using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Sqlite;

/// <summary>Keeps one prepared command per SQL text on a connection, so repeated statements are compiled once.</summary>
internal sealed class CommandCache : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>Creates a cache over an open connection.</summary>
    public CommandCache(SqliteConnection connection) => _connection = connection;

    /// <summary>
    /// The command for <paramref name="sql"/>, enlisted in <paramref name="transaction"/>, with parameters bound from
    /// <paramref name="args"/> (name, value; null becomes SQL NULL). All SQL is parameterised.
    /// </summary>
    public SqliteCommand Get(string sql, SqliteTransaction? transaction, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
#pragma warning disable CA2100 // SQL text comes from constants in this assembly; values are always parameters.
            command.CommandText = sql;
#pragma warning restore CA2100
            _commands[sql] = command;
            foreach (var (name, _) in args)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
        }

        command.Transaction = transaction;
        foreach (var (name, value) in args)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }

        return command;
    }

    /// <summary>
    /// The cached command for <paramref name="sql"/> with <paramref name="parameterCount"/> positional parameters named
    /// <c>$p0</c>, <c>$p1</c>, …; the caller sets <c>Parameters[i].Value</c> by index (multi-row inserts).
    /// </summary>
    public SqliteCommand GetPositional(string sql, SqliteTransaction? transaction, int parameterCount)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
#pragma warning disable CA2100 // SQL text is built in this assembly from constant table and column names; values are always parameters.
            command.CommandText = sql;
#pragma warning restore CA2100
            _commands[sql] = command;
            for (var i = 0; i < parameterCount; i++)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }
        }

        command.Transaction = transaction;
        return command;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
