using System.Collections.Immutable;

namespace Sitrep.Extraction.Evaluation;

/// <summary>One gold IndiaPoliceEvents article (issue 8 point 8).</summary>
/// <param name="Id">The record id (<c>ipe-17</c>).</param>
/// <param name="Date">The publication date, the article date the pipeline gets; null when the record has none.</param>
/// <param name="Title">The title (often made from the URL's slug), given to the pipeline as metadata only.</param>
/// <param name="Text">The article text every sentence span indexes.</param>
/// <param name="Sentences">The dataset's sentences, in order.</param>
public sealed record IpeGoldArticle(string Id, DateOnly? Date, string? Title, string Text, ImmutableArray<IpeGoldSentence> Sentences);
