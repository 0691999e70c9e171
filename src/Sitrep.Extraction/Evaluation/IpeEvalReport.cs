using System.Collections.Immutable;

namespace Sitrep.Extraction.Evaluation;

/// <summary>The IndiaPoliceEvents evaluation (issue 8 point 8).</summary>
/// <param name="Articles">Articles scored.</param>
/// <param name="Sentences">Gold sentences scored.</param>
/// <param name="Events">Events the pipeline coded in them.</param>
/// <param name="PoliceEvents">Of those, events with a police source.</param>
/// <param name="EventsOutsideSentences">Events whose trigger starts in no gold sentence.</param>
/// <param name="SentenceScores">Per label over sentences, in label order: the headline and the floors.</param>
/// <param name="DocumentScores">Per label over articles (positive when any of its sentences is), in label order.</param>
public sealed record IpeEvalReport(
    int Articles,
    int Sentences,
    int Events,
    int PoliceEvents,
    int EventsOutsideSentences,
    ImmutableArray<IpeLabelScore> SentenceScores,
    ImmutableArray<IpeLabelScore> DocumentScores);
