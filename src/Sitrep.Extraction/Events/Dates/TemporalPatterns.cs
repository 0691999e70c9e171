using System.Text.RegularExpressions;

namespace Sitrep.Extraction.Events.Dates;

/// <summary>
/// The patterns of the temporal rules. All run with <see cref="RegexOptions.NonBacktracking"/> (linear time on hostile
/// text, STYLE 2). Month and weekday names must be capitalised, so that the modal "may" and the verb "march" never
/// become months; bare month names are accepted only with a preposition, a modifier, a day or a year (checked by the rules).
/// </summary>
internal static partial class TemporalPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture;

    private const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December"
        + @"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?";

    private const string Month = "(?<month>" + MonthNames + ")";
    private const string Day = "(?<day>[0-3]?[0-9])(st|nd|rd|th)?";
    private const string Year = "(?<year>(1[89]|20)[0-9]{2})";
    private const string Weekday = "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string On = @"((?i:on|in|by|until|before|after)\s+)?";

    private const string Count = "(?<count>[0-9]{1,4}|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
        + "|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)([- ](one|two|three|four|five|six|seven|eight|nine))?))";

    /// <summary>2020-01-05.</summary>
    [GeneratedRegex(@"\b(?<year>[0-9]{4})-(?<mon>[0-9]{2})-(?<day>[0-9]{2})\b", Options)]
    public static partial Regex IsoDate();

    /// <summary>Jan. 5, 2020 / January 5th 2020.</summary>
    [GeneratedRegex(@"\b" + On + Month + @"\s{1,3}" + Day + @",?\s{1,3}" + Year + @"\b", Options)]
    public static partial Regex MonthDayYear();

    /// <summary>5 January 2020.</summary>
    [GeneratedRegex(@"\b" + On + Day + @"\s{1,3}(of\s+)?" + Month + @",?\s{1,3}" + Year + @"\b", Options)]
    public static partial Regex DayMonthYear();

    /// <summary>on Jan. 5 / January 5th.</summary>
    [GeneratedRegex(@"\b" + On + Month + @"\s{1,3}" + Day + @"\b", Options)]
    public static partial Regex MonthDay();

    /// <summary>on 5 January.</summary>
    [GeneratedRegex(@"\b" + On + Day + @"\s{1,3}(of\s+)?" + Month + @"\b", Options)]
    public static partial Regex DayMonth();

    /// <summary>November 2019 / in late November 2019.</summary>
    [GeneratedRegex(@"\b((?<prep>(?i:in|during|by|until|since|from|of))\s+)?((?<part>(?i:early|late|mid))[\s-]+)?" + Month + @",?\s{1,3}(of\s+)?" + Year + @"\b", Options)]
    public static partial Regex MonthYear();

    /// <summary>in November / since September / last November / in early March / late May.</summary>
    [GeneratedRegex(@"\b((?<prep>(?i:in|during|by|until|since|through|throughout|of))\s+)?((?<part>(?i:early|late|mid))[\s-]+)?((?<rel>(?i:last|next|this|past|coming))\s+)?" + Month + @"\b", Options)]
    public static partial Regex NamedMonth();

    /// <summary>in 2011 / since 2011 / in late 2019.</summary>
    [GeneratedRegex(@"\b(?<prep>(?i:in|during|since|until|by|of|throughout))\s+((?<part>(?i:early|late|mid))[\s-]+)?" + Year + @"\b", Options)]
    public static partial Regex InYear();

    /// <summary>last year / this week / earlier this month / late last year / next month.</summary>
    [GeneratedRegex(@"\b((?<part>(?i:early|late|mid|earlier|later))[\s-]+(?i:in\s+)?)?(?<rel>(?i:last|next|this|past))\s+(?<unit>(?i:year|month|week))\b", Options)]
    public static partial Regex RelativePeriod();

    /// <summary>on Monday / last Monday / Monday's / since Monday / Monday night.</summary>
    [GeneratedRegex(@"\b((?<prep>(?i:on|since|by|until))\s+)?((?<rel>(?i:last|next|this|past|coming))\s+)?" + Weekday + @"((?<poss>['’]s)|\s+(?i:morning|afternoon|evening|night))?\b", Options)]
    public static partial Regex NamedWeekday();

    /// <summary>yesterday / today / tomorrow / tonight / overnight / last night.</summary>
    [GeneratedRegex(@"\b(?<word>(?i:yesterday|today|tomorrow|tonight|overnight|last\s+night))\b", Options)]
    public static partial Regex RelativeDay();

    /// <summary>nine months ago / 3 days ago / a year ago / a few weeks ago.</summary>
    [GeneratedRegex(@"\b(" + Count + @"|(?<vague>(?i:a\s+few|a\s+couple\s+of|several|some|many)))\s+(?<unit>(?i:days?|weeks?|months?|years?|decades?))\s+(?i:ago)\b", Options)]
    public static partial Regex Ago();

    /// <summary>between March and May / from March to May 2019.</summary>
    [GeneratedRegex(@"\b(?i:between|from)\s+(?<m1>" + MonthNames + @")(\s+(?<y1>(1[89]|20)[0-9]{2}))?\s+(?i:and|to|through|until|till)\s+(?<m2>" + MonthNames + @")(\s+(?<y2>(1[89]|20)[0-9]{2}))?\b", Options)]
    public static partial Regex MonthRange();

    /// <summary>from 2014 to 2016 / between 2014 and 2016.</summary>
    [GeneratedRegex(@"\b(?i:between|from)\s+(?<y1>(1[89]|20)[0-9]{2})\s+(?i:and|to|through|until|till)\s+(?<y2>(1[89]|20)[0-9]{2})\b", Options)]
    public static partial Regex YearRange();

    /// <summary>in recent weeks / recently / in the past few days: recognised, never placed.</summary>
    [GeneratedRegex(@"\b((?i:in\s+)?(?i:recent)\s+(?i:days|weeks|months|years)|(?i:recently)|(?i:in\s+the\s+(past|last)\s+few\s+(days|weeks|months|years)))\b", Options)]
    public static partial Regex Vague();
}
