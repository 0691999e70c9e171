using Sitrep.Core.Model;

namespace Sitrep.Corpus.Events;

/// <summary>The date an article gives an event: an inclusive range of days and how precisely the text stated it.</summary>
/// <param name="Start">First possible day, inclusive.</param>
/// <param name="End">Last possible day, inclusive.</param>
/// <param name="Precision">Day, month, year or range.</param>
public sealed record MentionDate(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    /// <summary>Days in the range (1 for a day).</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;
}
