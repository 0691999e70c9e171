namespace Sitrep.Extraction.Events.Dates;

/// <summary>Which way an expression points from the article date, as the expression itself says.</summary>
public enum TemporalDirection
{
    /// <summary>Names a calendar date or period by itself ("Jan. 5, 2020", "in 2011").</summary>
    Absolute,

    /// <summary>Points back ("yesterday", "last week", "nine months ago", "since September"); never after the article date.</summary>
    Past,

    /// <summary>Points forward ("tomorrow", "next Monday").</summary>
    Future,

    /// <summary>Depends on the tense of its verb ("on Monday", "in November", "this week").</summary>
    Contextual,
}
