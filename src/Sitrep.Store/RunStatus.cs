namespace Sitrep.Store;

/// <summary>How a run ended (issue 9 point 5), stored in <c>runs.status</c>.</summary>
public enum RunStatus
{
    /// <summary>Started and not finished: still running, or the process died.</summary>
    Running,

    /// <summary>Every input was handled.</summary>
    Finished,

    /// <summary>Stopped by the user (Ctrl-C); what was committed stays, a re-run does the rest.</summary>
    Interrupted,
}
