namespace Sitrep.Corpus.Relations;

/// <summary>What a relations query asks (issue 10 point 5): the edges reported up to a date, of one country or all.</summary>
public sealed record RelationQuery
{
    /// <summary>
    /// Default for <see cref="StaleAfterDays"/>: 180 days. A backing reported in one half-year and not in the next is
    /// worth a second look (a foreign backer's deployment or a truce changes within months), not yet worth dropping.
    /// </summary>
    public const int DefaultStaleAfterDays = 180;

    /// <summary>
    /// Count only reports dated on or before this day (counts, first and last dates as of then); reports without a date
    /// are left out. Null: every report, and staleness is measured from the newest report's date in the answer.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>
    /// An edge whose last report is more than this many days before the as-of date is flagged stale (kept, not dropped).
    /// </summary>
    public int StaleAfterDays { get; init; } = DefaultStaleAfterDays;

    /// <summary>Only edges with a party whose code starts with this (<c>LBY</c>); null for all.</summary>
    public string? Country { get; init; }

    /// <summary>All edges, as of every report, stale after the default period.</summary>
    public static RelationQuery All { get; } = new();
}
