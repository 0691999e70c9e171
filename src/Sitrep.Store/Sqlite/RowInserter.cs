using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// Inserts many rows of one table with multi-row <c>INSERT … VALUES (…), (…)</c> statements, so a document's layers
/// cost a few statements instead of one per row. Statements are cached per chunk size and bound by position
/// (<see cref="RawInsert"/>); values are always parameters.
/// </summary>
internal static class RowInserter
{
    /// <summary>Most rows in one statement (SQLite allows 32,766 parameters; this keeps statements small).</summary>
    public const int MaxRowsPerStatement = 64;

    /// <summary>Inserts <paramref name="rowCount"/> rows; <paramref name="value"/> gives the value of (row, column).</summary>
    /// <param name="commands">The store's command cache.</param>
    /// <param name="tx">The open transaction the rows are written in (the statements run on its connection).</param>
    /// <param name="table">The table (a constant of the caller).</param>
    /// <param name="columns">Its columns (constants of the caller).</param>
    /// <param name="rowCount">Rows to insert.</param>
    /// <param name="value">The value of (row, column).</param>
    /// <param name="conflict">A constant upsert clause (<c>ON CONFLICT (…) DO UPDATE …</c>) appended to each statement, or null.</param>
    public static void Insert(CommandCache commands, SqliteTransaction tx, string table, string[] columns, int rowCount, Func<int, int, object?> value, string? conflict = null)
    {
        ArgumentNullException.ThrowIfNull(tx);
        for (var start = 0; start < rowCount; start += MaxRowsPerStatement)
        {
            var rows = Math.Min(MaxRowsPerStatement, rowCount - start);
            var insert = commands.GetInsert(Sql(table, columns, rows) + (conflict is null ? string.Empty : " " + conflict));
            var p = 0;
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns.Length; c++)
                {
                    insert.Bind(p++, value(start + r, c));
                }
            }

            insert.Execute();
        }
    }

    private static string Sql(string table, string[] columns, int rows)
    {
        var sb = new StringBuilder("INSERT INTO ").Append(table).Append(" (").AppendJoin(", ", columns).Append(") VALUES ");
        var p = 0;
        for (var r = 0; r < rows; r++)
        {
            sb.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                sb.Append(c == 0 ? "$p" : ", $p").Append(p++.ToString(CultureInfo.InvariantCulture));
            }

            sb.Append(')');
        }

        return sb.ToString();
    }
}
