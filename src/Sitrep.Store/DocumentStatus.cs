namespace Sitrep.Store;

/// <summary>Whether a stored document was processed or failed.</summary>
public enum DocumentStatus
{
    /// <summary>Read and processed; all its layers are stored.</summary>
    Ok,

    /// <summary>Could not be read or processed; the failure code and reason are stored (STYLE §2: never dropped).</summary>
    Failed,
}
