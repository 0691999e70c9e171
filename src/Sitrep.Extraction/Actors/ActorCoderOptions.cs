namespace Sitrep.Extraction.Actors;

/// <summary>Settings of <see cref="ActorCoder"/>.</summary>
public sealed record ActorCoderOptions
{
    /// <summary>Default for <see cref="UndatedAsOf"/>: a fixed day, so that runs are reproducible (STYLE A8, A10).</summary>
    public static readonly DateOnly DefaultUndatedAsOf = new(2025, 1, 1);

    /// <summary>The day dated codes are resolved for when a document has no date. Never the clock.</summary>
    public DateOnly UndatedAsOf { get; init; } = DefaultUndatedAsOf;
}
