namespace Sitrep.Core.Model;

/// <summary>
/// The date of an event (issue 3 point 4), as the event coder attaches it: an inclusive range of days, how precisely
/// the text stated it, and the expression that stated it.
/// </summary>
/// <param name="Start">First possible day, inclusive.</param>
/// <param name="End">Last possible day, inclusive; equal to <paramref name="Start"/> at <see cref="DatePrecision.Day"/>.</param>
/// <param name="Precision">Day, month, year or range.</param>
/// <param name="Span">The temporal expression in <see cref="Document.Text"/> ("nine months ago").</param>
/// <param name="Rule">Name of the resolver rule that placed it (<c>weekday</c>, <c>ago</c>), for evidence.</param>
public sealed record EventDate(DateOnly Start, DateOnly End, DatePrecision Precision, TextSpan Span, string Rule)
{
    /// <summary>ISO rendering at the stated precision: <c>2020-01-06</c>, <c>2019-04</c>, <c>2019</c>, <c>2019-09-01/2020-01-08</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd"),
        DatePrecision.Month => Start.ToString("yyyy-MM"),
        DatePrecision.Year => Start.ToString("yyyy"),
        _ => $"{Start:yyyy-MM-dd}/{End:yyyy-MM-dd}",
    };
}
