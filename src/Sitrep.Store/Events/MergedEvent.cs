using Sitrep.Core.Model;

namespace Sitrep.Store.Events;

/// <summary>
/// One event across documents (issue 10 point 2; GDELT's event record): the merge of its mentions, with their
/// representative code, place and date and how widely it was reported.
/// </summary>
/// <param name="Id">Stable id within the store (GDELT's <c>GlobalEventID</c>).</param>
/// <param name="Source">The source actor's code, or empty.</param>
/// <param name="Target">The target actor's code, or empty.</param>
/// <param name="Code">The most specific CAMEO code of its mentions.</param>
/// <param name="Goldstein">The code's Goldstein value.</param>
/// <param name="Plover">The code's PLOVER category.</param>
/// <param name="DateStart">First day of the narrowest date its mentions state, or null when none states one.</param>
/// <param name="DateEnd">Last day of that date, or null.</param>
/// <param name="DatePrecision">Its precision, or null.</param>
/// <param name="Place">The most precise place of its mentions, or null.</param>
/// <param name="NumMentions">Mentions merged into it.</param>
/// <param name="NumArticles">Distinct documents that mention it.</param>
/// <param name="NumSources">Independent sources: outlets, with the copies of one story counted once.</param>
/// <param name="FirstReport">Earliest article date of its mentions, or null.</param>
/// <param name="LastReport">Latest article date of its mentions, or null.</param>
public sealed record MergedEvent(
    long Id,
    string Source,
    string Target,
    EventCode Code,
    double Goldstein,
    PloverCategory Plover,
    DateOnly? DateStart,
    DateOnly? DateEnd,
    DatePrecision? DatePrecision,
    Sitrep.Corpus.Events.MentionPlace? Place,
    int NumMentions,
    int NumArticles,
    int NumSources,
    DateOnly? FirstReport,
    DateOnly? LastReport)
{
    /// <summary>The CAMEO root.</summary>
    public EventCode Root => Code.Root;

    /// <summary>GDELT's quad class.</summary>
    public QuadClass QuadClass => Code.QuadClass;
}
