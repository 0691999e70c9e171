using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>One gold IndiaPoliceEvents sentence (issue 8 point 8).</summary>
/// <param name="SentId">The dataset's sentence number within its article.</param>
/// <param name="Span">The sentence in the article's text (UTF-16, end exclusive); empty for the few source "sentences" that held only a broken character.</param>
/// <param name="Labels">Its gold labels, distinct, in enum order.</param>
public sealed record IpeGoldSentence(int SentId, TextSpan Span, ImmutableArray<IpeLabel> Labels);
