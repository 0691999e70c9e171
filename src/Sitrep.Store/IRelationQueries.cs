using System.Collections.Immutable;
using Sitrep.Corpus.Relations;

namespace Sitrep.Store;

/// <summary>Who backs whom across the stored documents (issue 10 point 5), as a store answers it.</summary>
public interface IRelationQueries
{
    /// <summary>
    /// The backing edges reported up to <see cref="RelationQuery.AsOf"/> (counts, first and last dates as of then),
    /// each with every report as evidence; an edge not reported for <see cref="RelationQuery.StaleAfterDays"/> before
    /// the as-of date is flagged stale, not dropped. Ordered as <see cref="RelationAggregator.Order"/>.
    /// </summary>
    /// <param name="query">As-of date, stale period and country.</param>
    /// <param name="cancellationToken">Cancels before the query runs.</param>
    Task<ImmutableArray<Relation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default);
}
