using System.Collections.Immutable;

namespace Sitrep.Store;

/// <summary>What a run was configured with (STYLE A8): enough to trace any stored result back to code and data.</summary>
/// <param name="Stages">Versioned stage names, in order.</param>
/// <param name="DataStamps">Data-file stamps (<c>name@vN</c>) loaded so far.</param>
/// <param name="ConfigJson">The resolved configuration as a JSON object.</param>
public sealed record RunInfo(ImmutableArray<string> Stages, ImmutableArray<string> DataStamps, string ConfigJson);
