namespace Sitrep.Extraction.Events.Documents;

/// <summary>Whether the text says an event happened (issue 3 point 4: "will not involve troops", "could send").</summary>
public enum EventMood
{
    /// <summary>Stated as happened or happening.</summary>
    Asserted = 0,

    /// <summary>Stated as not happening ("will not involve", "did not attack", "never met").</summary>
    Negated,

    /// <summary>Possible, planned, wished or conditional ("could send", "plans to attack", "thinking of sending").</summary>
    Hypothetical,
}
