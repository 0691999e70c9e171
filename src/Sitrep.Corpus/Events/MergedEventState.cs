using Sitrep.Core.Model;

namespace Sitrep.Corpus.Events;

/// <summary>
/// What the merge rule keeps of a merged event to decide whether one more mention joins it (issue 10 point 2): the
/// dyad and root (its key), the most specific code, the most precise place and the days every mention allows. Each
/// mention of the event is compatible with all three, so comparing a newcomer with them compares it with every mention.
/// </summary>
/// <param name="Source">The source actor's code, or empty.</param>
/// <param name="Target">The target actor's code, or empty.</param>
/// <param name="Code">The most specific code of its mentions (every other is this code or above it).</param>
/// <param name="Goldstein">The Goldstein value of <paramref name="Code"/>.</param>
/// <param name="Plover">The PLOVER category of <paramref name="Code"/>.</param>
/// <param name="Place">The most precise place of its mentions (every other contains it or lies near it), or null.</param>
/// <param name="Date">The narrowest date its mentions state, or null when none states one.</param>
/// <param name="Range">The days every mention allows (the intersection of their widened ranges).</param>
public sealed record MergedEventState(
    string Source,
    string Target,
    EventCode Code,
    double Goldstein,
    PloverCategory Plover,
    MentionPlace? Place,
    MentionDate? Date,
    DayRange Range)
{
    /// <summary>The CAMEO root of the event: with the dyad, its indexed key.</summary>
    public EventCode Root => Code.Root;

    /// <summary>GDELT's quad class of the event's code.</summary>
    public QuadClass QuadClass => Code.QuadClass;
}
