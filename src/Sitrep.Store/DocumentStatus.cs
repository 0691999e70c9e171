namespace Sitrep.Store;

/// <summary>Whether a stored document was processed or failed.</summary>
public enum DocumentStatus
{
    /// <summary>Read and processed; all its layers are stored.</summary>
    Ok,

    /// <summary>
    /// Processed until a stage failed (issue 9 point 2): the layers of the stages before it are stored, and the failing
    /// stage and its message are the failure code and reason (also a <c>SR1901</c> diagnostic on the document). Stored
    /// as an <c>ok</c> row with a failure code, so it reads and exports as a processed document, and a re-run always
    /// processes it again.
    /// </summary>
    Partial,

    /// <summary>Could not be read or processed; the failure code and reason are stored (STYLE §2: never dropped).</summary>
    Failed,
}
