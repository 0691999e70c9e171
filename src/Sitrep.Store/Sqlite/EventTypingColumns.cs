using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// The <c>events</c> columns of migration 009 (issue 8): an event's ACLED coding, its fatality and injury counts and
/// each side's ACLED actor type, generic flag and rule. Enums are stored by name, as the older columns store theirs.
/// </summary>
internal static class EventTypingColumns
{
    /// <summary>The column names, in the order <see cref="Value"/> and <see cref="Read"/> use.</summary>
    public static readonly string[] Names =
    [
        "acled_event_type", "acled_sub_event_type", "acled_disorder_type", "acled_case_label", "acled_confidence", "acled_rule",
        "fatalities_count", "fatalities_start", "fatalities_end", "fatalities_vague", "fatalities_rule",
        "injuries_count", "injuries_start", "injuries_end", "injuries_vague", "injuries_rule",
        "source_category", "source_generic", "source_rule", "target_category", "target_generic", "target_rule",
        "acled_reported",
    ];

    /// <summary>The value of column <paramref name="column"/> (an index into <see cref="Names"/>) for <paramref name="e"/>.</summary>
    public static object? Value(DocumentEvent e, int column) => column switch
    {
        0 => e.Acled?.EventType?.ToString(),
        1 => e.Acled?.SubEventType?.ToString(),
        2 => e.Acled?.DisorderType?.ToString(),
        3 => e.Acled?.CaseLabel.ToString(),
        4 => e.Acled?.Confidence,
        5 => e.Acled?.Rule,
        >= 6 and < 11 => Casualty(e.Fatalities, column - 6),
        >= 11 and < 16 => Casualty(e.Injuries, column - 11),
        >= 16 and < 19 => Actor(e.Source, column - 16),
        >= 19 and < 22 => Actor(e.Target, column - 19),
        22 => e.Acled is null ? null : e.Acled.Reported ? 1 : 0,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "No such event typing column."),
    };

    /// <summary>Reads the columns starting at <paramref name="offset"/> and adds them to an event read from the older columns.</summary>
    public static DocumentEvent Read(SqliteDataReader r, int offset, DocumentEvent e) => e with
    {
        Acled = r.IsDBNull(offset + 3) ? null : new AcledCoding(
            Parse<AcledEventType>(r, offset),
            Parse<AcledSubEventType>(r, offset + 1),
            Parse<AcledDisorderType>(r, offset + 2),
            Enum.Parse<CaseLabel>(r.GetString(offset + 3)),
            r.GetDouble(offset + 4),
            r.GetString(offset + 5)) { Reported = !r.IsDBNull(offset + 22) && r.GetInt64(offset + 22) != 0 },
        Fatalities = ReadCasualty(r, offset + 6),
        Injuries = ReadCasualty(r, offset + 11),
        Source = ReadActor(r, offset + 16, e.Source),
        Target = ReadActor(r, offset + 19, e.Target),
    };

    private static object? Casualty(CasualtyCount? c, int field) => c is null ? null : field switch
    {
        0 => c.Count,
        1 => c.Span.Start,
        2 => c.Span.End,
        3 => c.Vague ? 1 : 0,
        _ => c.Rule,
    };

    private static object? Actor(EventActor? a, int field) => a is null ? null : field switch
    {
        0 => a.Category.ToString(),
        1 => a.Generic ? 1 : 0,
        _ => a.Rule,
    };

    private static CasualtyCount? ReadCasualty(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : new CasualtyCount(r.GetInt32(i), new TextSpan(r.GetInt32(i + 1), r.GetInt32(i + 2)), r.GetInt64(i + 3) != 0, r.GetString(i + 4));

    // Rows stored before migration 009 have NULL here: an uncategorised, named actor without a rule.
    private static EventActor? ReadActor(SqliteDataReader r, int i, EventActor? actor) => actor is null ? null : actor with
    {
        Category = r.IsDBNull(i) ? AcledActorCategory.None : Enum.Parse<AcledActorCategory>(r.GetString(i)),
        Generic = !r.IsDBNull(i + 1) && r.GetInt64(i + 1) != 0,
        Rule = r.IsDBNull(i + 2) ? null : r.GetString(i + 2),
    };

    private static T? Parse<T>(SqliteDataReader r, int i)
        where T : struct, Enum => r.IsDBNull(i) ? null : Enum.Parse<T>(r.GetString(i));
}
