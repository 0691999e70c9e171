namespace Sitrep.Core.Model;

/// <summary>How precisely a temporal expression places its date (issue 3 point 4).</summary>
public enum DatePrecision
{
    /// <summary>One calendar day: start and end are the same date.</summary>
    Day,

    /// <summary>One calendar month: start is its first day, end its last (or the article date, see <c>DateResolver</c>).</summary>
    Month,

    /// <summary>One calendar year: start is 1 January, end 31 December (or the article date, see <c>DateResolver</c>).</summary>
    Year,

    /// <summary>Any other span of days (weeks, parts of months or years, "since", "between").</summary>
    Range,
}
