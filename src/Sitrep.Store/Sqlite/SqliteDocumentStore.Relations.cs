using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;
using Sitrep.Corpus.Relations;

namespace Sitrep.Store.Sqlite;

/// <summary>Who backs whom over time (issue 10 point 5), over the relations index (<c>Corpus/RelationsIndex</c>).</summary>
public sealed partial class SqliteDocumentStore : IRelationQueries
{
    // The reports that count for the query, each with its source: in a story (story_documents), the outlet of the
    // story's first document, else the story; alone, its own outlet, else itself (RelationSources.Key, in SQL).
    // An undated report fails "date <= $asof" and so counts only when no as-of date is given.
    private const string CountedReports = """
        WITH counted AS (
            SELECT r.document_id, r.backer, r.backed, r.opposed, r.date, r.span_start, r.span_end,
                   r.sentence_start, r.sentence_end, r.sentence, r.rule,
                   CASE WHEN sd.story_id IS NOT NULL THEN COALESCE(NULLIF(TRIM(fd.source), ''), sd.story_id)
                        ELSE COALESCE(NULLIF(TRIM(r.outlet), ''), r.document_id) END AS source_key
            FROM relation_evidence r
            LEFT JOIN story_documents sd ON sd.document_id = r.document_id
            LEFT JOIN documents fd ON fd.id = sd.story_id
            WHERE ($asof IS NULL OR r.date <= $asof)
              AND ($c IS NULL OR substr(r.backer, 1, length($c)) = $c OR substr(r.backed, 1, length($c)) = $c
                   OR substr(r.opposed, 1, length($c)) = $c)
        )
        """;

    private const string EdgeCounts = CountedReports + """
        SELECT backer, backed, opposed, MIN(date), MAX(date), COUNT(DISTINCT document_id), COUNT(DISTINCT source_key)
        FROM counted GROUP BY backer, backed, opposed
        """;

    private const string EdgeReports = CountedReports + """
        SELECT backer, backed, opposed, document_id, date, source_key, span_start, span_end, sentence_start, sentence_end, sentence, rule
        FROM counted
        """;

    /// <inheritdoc />
    public Task<ImmutableArray<Relation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.StaleAfterDays);
        var asOf = query.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var country = string.IsNullOrEmpty(query.Country) ? null : query.Country.ToUpperInvariant();
        return Locked(
            () =>
            {
                var counts = new List<(RelationEdge Edge, DateOnly? First, DateOnly? Last, int Documents, int Sources)>();
                using (var r = _commands.Get(EdgeCounts, null, ("$asof", asOf), ("$c", country)).ExecuteReader())
                {
                    while (r.Read())
                    {
                        counts.Add((Edge(r), Date(r, 3), Date(r, 4), r.GetInt32(5), r.GetInt32(6)));
                    }
                }

                var reports = new Dictionary<RelationEdge, List<RelationEvidence>>();
                using (var r = _commands.Get(EdgeReports, null, ("$asof", asOf), ("$c", country)).ExecuteReader())
                {
                    while (r.Read())
                    {
                        var edge = Edge(r);
                        if (!reports.TryGetValue(edge, out var list))
                        {
                            reports[edge] = list = [];
                        }

                        list.Add(new RelationEvidence(
                            edge, r.GetString(3), Date(r, 4), r.GetString(5), new TextSpan(r.GetInt32(6), r.GetInt32(7)),
                            new TextSpan(r.GetInt32(8), r.GetInt32(9)), r.GetString(10), r.GetString(11)));
                    }
                }

                var reference = RelationAggregator.ReferenceDate(query.AsOf, counts.Select(c => c.Last));
                return RelationAggregator.Order(counts.Select(c => RelationAggregator.Assemble(
                    c.Edge, c.First, c.Last, c.Documents, c.Sources, reports.GetValueOrDefault(c.Edge) ?? [], reference, query.StaleAfterDays)));
            },
            cancellationToken);
    }

    private static RelationEdge Edge(SqliteDataReader r) =>
        new(ActorCode.Parse(r.GetString(0)), ActorCode.Parse(r.GetString(1)), r.IsDBNull(2) ? null : ActorCode.Parse(r.GetString(2)));

    private static DateOnly? Date(SqliteDataReader r, int column) =>
        r.IsDBNull(column) ? null : DateOnly.ParseExact(r.GetString(column), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
