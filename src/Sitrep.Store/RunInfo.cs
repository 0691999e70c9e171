using System.Collections.Immutable;

namespace Sitrep.Store;

/// <summary>What a run was configured with (STYLE A8): enough to trace any stored result back to code and data.</summary>
/// <param name="Stages">Versioned stage names, in order.</param>
/// <param name="DataStamps">Data-file stamps (<c>name@vN</c>) loaded so far.</param>
/// <param name="ConfigJson">The resolved configuration as a JSON object.</param>
public sealed record RunInfo(ImmutableArray<string> Stages, ImmutableArray<string> DataStamps, string ConfigJson)
{
    /// <summary>
    /// Identifies the pipeline: a hash of the stage names (in order) and the data-file stamps (sorted). Two runs with the
    /// same signature produce the same layers from the same text; a document stored by another signature is reprocessed.
    /// </summary>
    public string Signature { get; } = Sign(Stages, DataStamps);

    private static string Sign(ImmutableArray<string> stages, ImmutableArray<string> stamps) =>
        ContentHash.Of(string.Join('\n', stages) + "\n--\n" + string.Join('\n', stamps.Order(StringComparer.Ordinal)))[..16];
}
