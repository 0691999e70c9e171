namespace Sitrep.Cli.Ingest;

/// <summary>What one in-memory pass of the pipeline over a corpus did.</summary>
/// <param name="Elapsed">Wall-clock time of the pass.</param>
/// <param name="Failed">Documents a stage failed on.</param>
/// <param name="Sentences">Sentences in the processed documents.</param>
/// <param name="Events">Events coded.</param>
internal sealed record InMemoryReport(TimeSpan Elapsed, int Failed, long Sentences, long Events);
