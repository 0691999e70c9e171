namespace Sitrep.Store;

/// <summary>Row counts of a store, per table: for reports and for idempotence tests.</summary>
/// <param name="Documents">All document rows.</param>
/// <param name="Failed">Document rows with status failed.</param>
/// <param name="Entities">Entity rows.</param>
/// <param name="Mentions">Mention rows.</param>
/// <param name="Quotes">Quote rows.</param>
/// <param name="Diagnostics">Diagnostic rows.</param>
/// <param name="Runs">Run rows.</param>
public sealed record StoreCounts(long Documents, long Failed, long Entities, long Mentions, long Quotes, long Diagnostics, long Runs);
