using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// Writes many rows of one table with multi-row statements over a <c>VALUES (…), (…)</c> list (an insert, or an update
/// joined to the list), so a document's layers cost a few statements instead of one per row. Statements are cached per
/// chunk size and bound by position (<see cref="PositionalStatement"/>); values are always parameters.
/// </summary>
internal static class RowInserter
{
    /// <summary>Most rows in one statement (SQLite allows 32,766 parameters; this keeps statements small).</summary>
    public const int MaxRowsPerStatement = 64;

    // The statement texts made so far (a few per table and chunk size), so a write does not rebuild its text.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Before, string After, int Columns, int Rows), string> SqlTexts = new();

    /// <summary>Inserts <paramref name="rowCount"/> rows; <paramref name="value"/> gives the value of (row, column).</summary>
    /// <param name="commands">The store's command cache.</param>
    /// <param name="tx">The open transaction the rows are written in (the statements run on its connection).</param>
    /// <param name="table">The table (a constant of the caller).</param>
    /// <param name="columns">Its columns (constants of the caller).</param>
    /// <param name="rowCount">Rows to insert.</param>
    /// <param name="value">The value of (row, column).</param>
    /// <param name="conflict">A constant upsert clause (<c>ON CONFLICT (…) DO UPDATE …</c>) appended to each statement, or null.</param>
    public static void Insert(CommandCache commands, SqliteTransaction tx, string table, string[] columns, int rowCount, Func<int, int, object?> value, string? conflict = null) =>
        Run(
            commands,
            tx,
            new StringBuilder("INSERT INTO ").Append(table).Append(" (").AppendJoin(", ", columns).Append(") VALUES ").ToString(),
            conflict is null ? string.Empty : " " + conflict,
            columns.Length,
            rowCount,
            value);

    /// <summary>
    /// Updates rows of <paramref name="table"/> from a list of <paramref name="columns"/> values per row, in statements
    /// <c>UPDATE table SET set FROM (VALUES …) AS v WHERE where</c>, where the list's columns are <c>v.column1</c>,
    /// <c>v.column2</c>, … (SQLite's names). Each table row must match at most one list row.
    /// </summary>
    /// <param name="commands">The store's command cache.</param>
    /// <param name="tx">The open transaction.</param>
    /// <param name="table">The table (a constant of the caller).</param>
    /// <param name="set">The SET clause (a constant of the caller, reading <c>v.columnN</c>).</param>
    /// <param name="where">The join condition (a constant of the caller).</param>
    /// <param name="columns">Values per row.</param>
    /// <param name="rowCount">Rows in the list.</param>
    /// <param name="value">The value of (row, column).</param>
    public static void Update(CommandCache commands, SqliteTransaction tx, string table, string set, string where, int columns, int rowCount, Func<int, int, object?> value) =>
        Run(commands, tx, "UPDATE " + table + " SET " + set + " FROM (VALUES ", ") AS v WHERE " + where, columns, rowCount, value);

    private static void Run(CommandCache commands, SqliteTransaction tx, string before, string after, int columns, int rowCount, Func<int, int, object?> value)
    {
        ArgumentNullException.ThrowIfNull(tx);
        for (var start = 0; start < rowCount; start += MaxRowsPerStatement)
        {
            var rows = Math.Min(MaxRowsPerStatement, rowCount - start);
            var statement = commands.GetPositional(SqlTexts.GetOrAdd((before, after, columns, rows), k => k.Before + Values(k.Columns, k.Rows) + k.After));
            var p = 0;
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    statement.Bind(p++, value(start + r, c));
                }
            }

            statement.Execute();
        }
    }

    private static string Values(int columns, int rows)
    {
        var sb = new StringBuilder();
        var p = 0;
        for (var r = 0; r < rows; r++)
        {
            sb.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                sb.Append(c == 0 ? "$p" : ", $p").Append(p++.ToString(CultureInfo.InvariantCulture));
            }

            sb.Append(')');
        }

        return sb.ToString();
    }
}
