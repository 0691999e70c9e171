using System.Collections.Immutable;

namespace Sitrep.Store;

/// <summary>
/// What documents state about an actor over a period (issue 10 point 4): a role with its affiliation, or an actor code,
/// with the first and last document dates that state it and those documents.
/// </summary>
/// <param name="Value">The role text, or the code.</param>
/// <param name="Affiliation">For a role, the affiliation stated with it; null otherwise or when none.</param>
/// <param name="First">The earliest date of a document stating it; null when none of them has a date.</param>
/// <param name="Last">The latest such date.</param>
/// <param name="Documents">The ids of the documents stating it, in id order.</param>
public sealed record ActorPeriod(string Value, string? Affiliation, DateOnly? First, DateOnly? Last, ImmutableArray<string> Documents);
