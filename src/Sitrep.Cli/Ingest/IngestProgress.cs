namespace Sitrep.Cli.Ingest;

/// <summary>Where a batch stands: reported by <see cref="BatchIngestor"/> after each store write (issue 9 point 5).</summary>
/// <param name="Handled">Inputs handled so far.</param>
/// <param name="Stored">Documents newly stored.</param>
/// <param name="Replaced">Documents that replaced a stored one with the same id.</param>
/// <param name="Unchanged">Documents already stored as they are.</param>
/// <param name="Failed">Inputs stored as failed.</param>
internal readonly record struct IngestProgress(int Handled, int Stored, int Replaced, int Unchanged, int Failed);
