namespace Sitrep.Corpus.Events;

/// <summary>An inclusive range of days; <see cref="All"/> when nothing dates a mention.</summary>
/// <param name="Start">First day, inclusive.</param>
/// <param name="End">Last day, inclusive.</param>
public readonly record struct DayRange(DateOnly Start, DateOnly End)
{
    /// <summary>Every day: the range of a mention neither its text nor its article dates.</summary>
    public static DayRange All { get; } = new(DateOnly.MinValue, DateOnly.MaxValue);

    /// <summary>True when the two ranges share a day.</summary>
    public bool Overlaps(DayRange other) => Start <= other.End && other.Start <= End;

    /// <summary>The days both ranges hold (call only when they overlap).</summary>
    public DayRange Intersect(DayRange other) => new(Start > other.Start ? Start : other.Start, End < other.End ? End : other.End);

    /// <summary>The range widened by <paramref name="days"/> on each side, clamped to the calendar.</summary>
    public DayRange Widen(int days) => new(
        Start.DayNumber - days < DateOnly.MinValue.DayNumber ? DateOnly.MinValue : Start.AddDays(-days),
        End.DayNumber + days > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue : End.AddDays(days));
}
