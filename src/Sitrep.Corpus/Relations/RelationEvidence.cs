using Sitrep.Core.Model;

namespace Sitrep.Corpus.Relations;

/// <summary>One report of an edge: a per-document alignment with what the corpus needs to count it (issue 10 point 5).</summary>
/// <param name="Edge">The edge it reports.</param>
/// <param name="DocumentId">The document stating it.</param>
/// <param name="Date">The document's date; null when it has none (such a report counts only when no as-of date is asked).</param>
/// <param name="Source">
/// The independent source it counts for (<see cref="RelationSources.Key"/>): copies of one story share it, so they count once.
/// </param>
/// <param name="Evidence">The words that state the relation: UTF-16 offsets into the document's text, end exclusive.</param>
/// <param name="Sentence">The sentence holding them, same offsets.</param>
/// <param name="SentenceText">The sentence's text.</param>
/// <param name="Rule">The alignment rule that found it (<c>relative</c>, <c>in-support-of</c>, …).</param>
public sealed record RelationEvidence(
    RelationEdge Edge, string DocumentId, DateOnly? Date, string Source, TextSpan Evidence, TextSpan Sentence, string SentenceText, string Rule)
{
    /// <summary>The text of <see cref="Evidence"/> (it lies inside the sentence).</summary>
    public string EvidenceText =>
        Sentence.Contains(Evidence) && Sentence.End - Sentence.Start == SentenceText.Length
            ? SentenceText.Substring(Evidence.Start - Sentence.Start, Evidence.End - Evidence.Start)
            : SentenceText;
}
