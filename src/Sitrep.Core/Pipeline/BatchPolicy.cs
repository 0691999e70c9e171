namespace Sitrep.Core.Pipeline;

/// <summary>What a batch does when one document fails (STYLE §2). The caller picks; tests use <see cref="Fail"/>.</summary>
public enum BatchPolicy
{
    /// <summary>Stop the batch and rethrow.</summary>
    Fail,

    /// <summary>Record the failure (count, log with id, store as failed) and go on with the next document.</summary>
    RecordAndContinue,
}
