using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Dates;

/// <summary>A temporal expression found in text and, when it can be placed, the dates it denotes.</summary>
/// <param name="Span">The expression in the raw text the resolver was given (for a document, <see cref="Document.Text"/>).</param>
/// <param name="Rule">Name of the rule that recognised it (<c>weekday</c>, <c>in-month</c>, <c>ago</c>, <c>vague</c>), for evidence.</param>
/// <param name="Direction">Which way the expression points from the article date.</param>
/// <param name="Start">First day it denotes, inclusive; null when it cannot be placed ("in recent weeks", "Feb. 30").</param>
/// <param name="End">Last day it denotes, inclusive; null exactly when <paramref name="Start"/> is.</param>
/// <param name="Precision">Precision of the placement; null exactly when <paramref name="Start"/> is.</param>
public sealed record TemporalExpression(
    TextSpan Span,
    string Rule,
    TemporalDirection Direction,
    DateOnly? Start,
    DateOnly? End,
    DatePrecision? Precision)
{
    /// <summary>True when the expression was placed on the calendar.</summary>
    public bool IsResolved => Start is not null;

    /// <summary>The event date this expression gives, or null when it was not placed.</summary>
    public EventDate? ToEventDate() =>
        Start is { } start && End is { } end && Precision is { } precision ? new EventDate(start, end, precision, Span, Rule) : null;
}
