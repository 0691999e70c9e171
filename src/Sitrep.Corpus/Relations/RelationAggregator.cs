using System.Collections.Immutable;

namespace Sitrep.Corpus.Relations;

/// <summary>
/// Adds up reports of who backs whom into corpus edges as of a date (issue 10 point 5). Pure functions over immutable
/// records; the SQLite store computes the same counts in SQL and finishes with <see cref="Assemble"/> and
/// <see cref="Order"/>, so both paths agree (a test compares them).
/// </summary>
public static class RelationAggregator
{
    /// <summary>The edges that <paramref name="evidence"/> reports, as <paramref name="query"/> asks.</summary>
    /// <param name="evidence">Reports from any number of documents, in any order.</param>
    /// <param name="query">As-of date, stale period and country.</param>
    /// <returns>One relation per edge, in <see cref="Order"/>.</returns>
    public static ImmutableArray<Relation> Aggregate(IEnumerable<RelationEvidence> evidence, RelationQuery query)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.StaleAfterDays);
        var kept = evidence.Where(e => Counts(e.Date, query.AsOf) && e.Edge.Involves(query.Country)).ToList();
        var reference = ReferenceDate(query.AsOf, kept.Select(e => e.Date));
        var relations = kept
            .GroupBy(e => e.Edge)
            .Select(g => Assemble(
                g.Key,
                g.Min(e => e.Date),
                g.Max(e => e.Date),
                g.Select(e => e.DocumentId).Distinct(StringComparer.Ordinal).Count(),
                g.Select(e => e.Source).Distinct(StringComparer.Ordinal).Count(),
                g,
                reference,
                query.StaleAfterDays));
        return Order(relations);
    }

    /// <summary>True when a report dated <paramref name="date"/> counts as of <paramref name="asOf"/>.</summary>
    /// <param name="date">The report's date; an undated report counts only when no as-of date is given.</param>
    /// <param name="asOf">The as-of date, or null for every report.</param>
    public static bool Counts(DateOnly? date, DateOnly? asOf) => asOf is not { } a || (date is { } d && d <= a);

    /// <summary>The date staleness is measured from: the as-of date, else the newest report's date (null when none is dated).</summary>
    /// <param name="asOf">The query's as-of date.</param>
    /// <param name="dates">The dates of the reports counted.</param>
    public static DateOnly? ReferenceDate(DateOnly? asOf, IEnumerable<DateOnly?> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return asOf ?? dates.Max();
    }

    /// <summary>
    /// True when an edge last reported on <paramref name="last"/> has not been reported for more than
    /// <paramref name="staleAfterDays"/> days before <paramref name="reference"/>. An edge with no dated report is
    /// never stale: nothing says when it was last true.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="staleAfterDays"/> is negative.</exception>
    public static bool IsStale(DateOnly? last, DateOnly? reference, int staleAfterDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(staleAfterDays);
        return last is { } l && reference is { } r && l.DayNumber + staleAfterDays < r.DayNumber;
    }

    /// <summary>Builds one relation from its counts and reports, flagging it stale as of <paramref name="reference"/>.</summary>
    /// <param name="edge">The edge.</param>
    /// <param name="first">Its first report's date.</param>
    /// <param name="last">Its last report's date.</param>
    /// <param name="documents">Documents reporting it.</param>
    /// <param name="sources">Independent sources reporting it.</param>
    /// <param name="evidence">Its reports, in any order.</param>
    /// <param name="reference">The date staleness is measured from (<see cref="ReferenceDate"/>).</param>
    /// <param name="staleAfterDays">The stale period in days.</param>
    public static Relation Assemble(
        RelationEdge edge, DateOnly? first, DateOnly? last, int documents, int sources, IEnumerable<RelationEvidence> evidence, DateOnly? reference, int staleAfterDays) =>
        new(edge, first, last, documents, sources, IsStale(last, reference, staleAfterDays), OrderEvidence(evidence));

    /// <summary>
    /// Orders edges for reading: most independent sources first, then most documents, the latest report, and the codes
    /// (ordinal) so that the order is total.
    /// </summary>
    public static ImmutableArray<Relation> Order(IEnumerable<Relation> relations)
    {
        ArgumentNullException.ThrowIfNull(relations);
        return [.. relations
            .OrderByDescending(r => r.Sources)
            .ThenByDescending(r => r.Documents)
            .ThenByDescending(r => r.Last?.DayNumber ?? int.MinValue)
            .ThenBy(r => r.Edge.Backer.Value, StringComparer.Ordinal)
            .ThenBy(r => r.Edge.Backed.Value, StringComparer.Ordinal)
            .ThenBy(r => r.Edge.Opposed?.Value ?? string.Empty, StringComparer.Ordinal)];
    }

    /// <summary>Orders reports by date (undated last), then document id (ordinal), then evidence offset.</summary>
    public static ImmutableArray<RelationEvidence> OrderEvidence(IEnumerable<RelationEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return [.. evidence
            .OrderBy(e => e.Date?.DayNumber ?? int.MaxValue)
            .ThenBy(e => e.DocumentId, StringComparer.Ordinal)
            .ThenBy(e => e.Evidence.Start)
            .ThenBy(e => e.Evidence.End)];
    }
}
