using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// The <c>events</c> columns of migration 015 (issue 10 point 3): who asserts the event. The kind is stored by name, as
/// the older columns store their enums; a NULL kind is an event stored before the assertion layer.
/// </summary>
internal static class EventAssertionColumns
{
    /// <summary>The column names, in the order <see cref="Value"/> and <see cref="Read"/> use.</summary>
    public static readonly string[] Names =
    [
        "assert_kind", "assert_name", "assert_actor", "assert_start", "assert_end", "assert_quote", "assert_medium", "assert_rule",
    ];

    /// <summary>The value of column <paramref name="column"/> (an index into <see cref="Names"/>) for <paramref name="e"/>.</summary>
    public static object? Value(DocumentEvent e, int column)
    {
        if (e.AssertedBy is not { } a)
        {
            return column < Names.Length ? null : throw new ArgumentOutOfRangeException(nameof(column), column, "No such assertion column.");
        }

        return column switch
        {
            0 => a.Kind.ToString(),
            1 => a.Name,
            2 => a.Actor?.Value,
            3 => a.Span?.Start,
            4 => a.Span?.End,
            5 => a.Quote,
            6 => a.Medium,
            7 => a.Rule,
            _ => throw new ArgumentOutOfRangeException(nameof(column), column, "No such assertion column."),
        };
    }

    /// <summary>Reads the columns starting at <paramref name="offset"/> and adds the asserter to an event read from the older columns.</summary>
    public static DocumentEvent Read(SqliteDataReader r, int offset, DocumentEvent e) => ReadAssertion(r, offset) is { } assertion ? e with { AssertedBy = assertion } : e;

    /// <summary>Reads the eight assertion columns starting at <paramref name="offset"/>; null when none is stored.</summary>
    public static Assertion? ReadAssertion(SqliteDataReader r, int offset) => r.IsDBNull(offset) ? null :
        new Assertion(
            Enum.Parse<AssertionKind>(r.GetString(offset)),
            r.IsDBNull(offset + 1) ? null : r.GetString(offset + 1),
            r.IsDBNull(offset + 2) ? null : ActorCode.Parse(r.GetString(offset + 2)),
            r.IsDBNull(offset + 3) ? null : new TextSpan(r.GetInt32(offset + 3), r.GetInt32(offset + 4)),
            r.IsDBNull(offset + 5) ? null : r.GetInt32(offset + 5),
            r.GetString(offset + 7))
        {
            Medium = r.IsDBNull(offset + 6) ? null : r.GetString(offset + 6),
        };
}
