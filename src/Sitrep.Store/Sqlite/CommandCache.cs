using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Sqlite;

/// <summary>Keeps one prepared command per SQL text on a connection, so repeated statements are compiled once.</summary>
internal sealed class CommandCache : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PositionalStatement> _positional = new(StringComparer.Ordinal);

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
    /// The cached write statement for <paramref name="sql"/>, bound by position (<see cref="PositionalStatement"/>): for the
    /// multi-row inserts of <see cref="RowInserter"/>, where binding by name would cost more than the statement.
    /// </summary>
    public PositionalStatement GetPositional(string sql)
    {
        if (!_positional.TryGetValue(sql, out var statement))
        {
            _positional[sql] = statement = new PositionalStatement(_connection, sql);
        }

        return statement;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var statement in _positional.Values)
        {
            statement.Dispose();
        }

        _positional.Clear();
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
