using System.Collections.Immutable;

namespace Sitrep.Corpus.Relations;

/// <summary>One edge of who backs whom across the corpus, as of a date (issue 10 point 5).</summary>
/// <param name="Edge">Backer, backed and the side it is against.</param>
/// <param name="First">Date of the first dated report; null when no report has a date.</param>
/// <param name="Last">Date of the last dated report up to the as-of date.</param>
/// <param name="Documents">Number of documents reporting it.</param>
/// <param name="Sources">Number of independent sources (<see cref="RelationSources.Key"/>: copies of one story once).</param>
/// <param name="Stale">True when not reported for more than the query's period before the as-of date.</param>
/// <param name="Evidence">Every report, ordered by date (undated last), document id and offset.</param>
public sealed record Relation(RelationEdge Edge, DateOnly? First, DateOnly? Last, int Documents, int Sources, bool Stale, ImmutableArray<RelationEvidence> Evidence);
