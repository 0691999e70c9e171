using System.Collections.Immutable;

namespace Sitrep.Cli.Ingest;

/// <summary>What a batch ingest did.</summary>
/// <param name="Stored">Documents newly stored.</param>
/// <param name="Replaced">Documents whose id was stored before with other content, now replaced.</param>
/// <param name="Unchanged">Documents already stored with the same content hash; not processed again.</param>
/// <param name="Failures">Inputs stored as failed, in input order.</param>
/// <param name="Elapsed">Wall-clock time of the batch.</param>
/// <param name="RunId">The run recorded in the store, if any.</param>
internal sealed record IngestReport(int Stored, int Replaced, int Unchanged, ImmutableArray<IngestFailure> Failures, TimeSpan Elapsed, long? RunId)
{
    /// <summary>What the run wants the user to know without failing (lines of a user's dictionary that were skipped).</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>
    /// The documents counted in <see cref="Replaced"/>, in the order they were stored (issue 9 point 4: a replacement is
    /// never silent).
    /// </summary>
    public ImmutableArray<Replacement> Replacements { get; init; } = [];

    /// <summary>True when the user stopped the batch (Ctrl-C): the counts are what was committed until then.</summary>
    public bool Interrupted { get; init; }

    /// <summary>Number of failed inputs.</summary>
    public int Failed => Failures.Length;

    /// <summary>All inputs handled.</summary>
    public int Total => Stored + Replaced + Unchanged + Failed;
}
