namespace Sitrep.Core.Diagnostics;

/// <summary>How bad a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; the output is complete.</summary>
    Info,

    /// <summary>Something was skipped or guessed; the rest of the output stands.</summary>
    Warning,

    /// <summary>The document could not be processed.</summary>
    Error,
}
