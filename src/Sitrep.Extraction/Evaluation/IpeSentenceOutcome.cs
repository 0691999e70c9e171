using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>What Sitrep made of one gold IndiaPoliceEvents sentence (issue 8 point 8).</summary>
/// <param name="Sentence">The gold sentence.</param>
/// <param name="Predicted">The labels its events support, distinct, in enum order.</param>
/// <param name="Events">The events whose trigger starts inside the sentence, in document order.</param>
public sealed record IpeSentenceOutcome(IpeGoldSentence Sentence, ImmutableArray<IpeLabel> Predicted, ImmutableArray<DocumentEvent> Events);
