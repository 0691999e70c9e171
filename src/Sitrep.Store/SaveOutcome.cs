namespace Sitrep.Store;

/// <summary>What saving a document did.</summary>
public enum SaveOutcome
{
    /// <summary>A new document was stored.</summary>
    Stored,

    /// <summary>A document with the same id but different content (or a failed one) was replaced.</summary>
    Replaced,

    /// <summary>The same id with the same content hash was already stored; nothing was written.</summary>
    Unchanged,
}
