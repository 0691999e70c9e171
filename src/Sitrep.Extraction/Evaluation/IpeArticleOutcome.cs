using System.Collections.Immutable;

namespace Sitrep.Extraction.Evaluation;

/// <summary>What Sitrep made of one gold IndiaPoliceEvents article (issue 8 point 8).</summary>
/// <param name="Id">The article id.</param>
/// <param name="Sentences">One outcome per gold sentence, in order.</param>
/// <param name="Events">All the document's events.</param>
/// <param name="PoliceEvents">Events whose source is police (<see cref="IpeEvaluator.IsPoliceSource"/>).</param>
/// <param name="EventsOutsideSentences">Events whose trigger starts in no gold sentence (they predict nothing).</param>
public sealed record IpeArticleOutcome(string Id, ImmutableArray<IpeSentenceOutcome> Sentences, int Events, int PoliceEvents, int EventsOutsideSentences);
