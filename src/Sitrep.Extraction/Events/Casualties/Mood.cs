namespace Sitrep.Extraction.Events.Casualties;

/// <summary>Whether the deaths or injuries a casualty word states happened.</summary>
internal enum Mood
{
    /// <summary>Reported as having happened ("were killed", "killing 6").</summary>
    Realis,

    /// <summary>Negated ("were not killed", "did not kill anyone"): only a zero count stands.</summary>
    Negated,

    /// <summary>Future, possible, intended or conditional ("could kill thousands", "threatened to kill 10"): not counted.</summary>
    Irrealis,
}
