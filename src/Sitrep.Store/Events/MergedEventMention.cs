using Sitrep.Core.Model;

namespace Sitrep.Store.Events;

/// <summary>One mention of a merged event, with what an analyst needs to open its evidence (issue 10 point 2).</summary>
/// <param name="EventId">The merged event's id.</param>
/// <param name="DocumentId">The document that reports it.</param>
/// <param name="Position">The event's position in the document's events layer, 0-based (the per-document export's <c>document#n</c> is n = Position + 1).</param>
/// <param name="Source">The source actor's code, or empty.</param>
/// <param name="Target">The target actor's code, or empty.</param>
/// <param name="Code">The code this mention gave.</param>
/// <param name="Evidence">The evidence span in the document's text (UTF-16, end exclusive).</param>
/// <param name="EvidenceText">The evidence's text.</param>
/// <param name="Sentence">The sentence holding it.</param>
/// <param name="Rule">The dictionary line that coded it.</param>
/// <param name="ReportDate">The article's date, or null.</param>
/// <param name="Outlet">The article's <c>source</c> metadata, or null.</param>
/// <param name="Url">The article's URL, or null.</param>
public sealed record MergedEventMention(
    long EventId,
    string DocumentId,
    int Position,
    string Source,
    string Target,
    EventCode Code,
    TextSpan Evidence,
    string EvidenceText,
    TextSpan Sentence,
    string Rule,
    DateOnly? ReportDate,
    string? Outlet,
    string? Url)
{
    /// <summary>Who asserts this mention (issue 10 point 3): reporter, speaker, anonymous source or document; null when not stored.</summary>
    public Assertion? AssertedBy { get; init; }

    /// <summary>The asserter's words (the text of <see cref="Assertion.Span"/>), or null.</summary>
    public string? AssertedByText { get; init; }
}
