using Sitrep.Core.Model;

namespace Sitrep.Corpus.Events;

/// <summary>
/// One report of an event (issue 10 point 2; GDELT's "mention"): the fields of a per-document <see cref="DocumentEvent"/>
/// that decide which merged event it belongs to, plus the article's date. Immutable; the store keeps one per row of a
/// document's events layer, so the evidence stays one click away.
/// </summary>
/// <param name="Source">The source actor's code, or empty when the sentence names none.</param>
/// <param name="Target">The target actor's code, or empty when the sentence names none.</param>
/// <param name="Code">The CAMEO event code.</param>
/// <param name="Goldstein">The code's Goldstein value.</param>
/// <param name="Plover">The code's PLOVER category.</param>
/// <param name="Place">Where the mention places the event, or null when it places it nowhere.</param>
/// <param name="Date">When the text says it happened (first and last possible day, precision), or null when it does not say.</param>
/// <param name="ReportDate">The article's publication date, or null when unknown.</param>
public sealed record EventMention(
    string Source,
    string Target,
    EventCode Code,
    double Goldstein,
    PloverCategory Plover,
    MentionPlace? Place,
    MentionDate? Date,
    DateOnly? ReportDate)
{
    /// <summary>The CAMEO root (<c>19</c> for <c>193</c>): with the dyad, the indexed key of the candidate events.</summary>
    public EventCode Root => Code.Root;

    /// <summary>The mention of <paramref name="e"/>, an event of an article published on <paramref name="reportDate"/>.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="e"/> is null.</exception>
    public static EventMention From(DocumentEvent e, DateOnly? reportDate)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EventMention(
            e.Source?.Code.Value ?? string.Empty,
            e.Target?.Code.Value ?? string.Empty,
            e.Code,
            e.Goldstein,
            e.Plover,
            MentionPlace.From(e.Place),
            e.Date is { } d ? new MentionDate(d.Start, d.End, d.Precision) : null,
            reportDate);
    }
}
