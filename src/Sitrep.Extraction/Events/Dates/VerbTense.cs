namespace Sitrep.Extraction.Events.Dates;

/// <summary>Tense of the verb a temporal expression modifies; decides "on Monday" and "in November".</summary>
public enum VerbTense
{
    /// <summary>Not known: resolved like <see cref="Past"/>, since news mostly reports what happened.</summary>
    Unknown,

    /// <summary>Past ("advanced on Monday"): the most recent such day or month before the article date.</summary>
    Past,

    /// <summary>Present ("whose presidents meet on Wednesday"): the article date's own day or the next one.</summary>
    Present,

    /// <summary>Future ("will meet on Wednesday"): resolved like <see cref="Present"/>.</summary>
    Future,
}
