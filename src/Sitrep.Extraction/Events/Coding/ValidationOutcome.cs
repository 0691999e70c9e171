using System.Collections.Immutable;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>How one validation record came out.</summary>
/// <param name="Record">The record.</param>
/// <param name="Got">The events coded.</param>
/// <param name="Error">Why the record could not be coded (a bad parse), else null.</param>
public sealed record ValidationOutcome(ValidationRecord Record, ImmutableArray<ValidationEvent> Got, string? Error)
{
    /// <summary>True when the coded events are exactly the expected ones, as multisets.</summary>
    public bool Exact => Error is null && Record.Expected.Length == Got.Length
        && Record.Expected.GroupBy(e => e).All(g => Got.Count(x => x == g.Key) == g.Count());
}
