namespace Sitrep.Extraction.Events.Dates;

/// <summary>What a rule made of one pattern match: rejected (not a temporal expression after all), or accepted with or without a date.</summary>
internal readonly record struct Placement(bool Accepted, DateRange? Range, TemporalDirection Direction)
{
    public static Placement Reject => default;

    public static Placement Placed(DateRange? range, TemporalDirection direction) => new(true, range, direction);

    public static Placement Unplaced(TemporalDirection direction) => new(true, null, direction);
}
