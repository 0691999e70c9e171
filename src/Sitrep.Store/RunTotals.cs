namespace Sitrep.Store;

/// <summary>Counts of one ingest run.</summary>
/// <param name="Stored">Documents stored or replaced.</param>
/// <param name="Unchanged">Documents skipped because the same content was already stored.</param>
/// <param name="Failed">Inputs stored as failed.</param>
public readonly record struct RunTotals(int Stored, int Unchanged, int Failed);
