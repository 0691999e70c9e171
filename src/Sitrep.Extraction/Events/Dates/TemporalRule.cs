using System.Text.RegularExpressions;

namespace Sitrep.Extraction.Events.Dates;

/// <summary>One named rule: a pattern and how to place its matches.</summary>
/// <param name="Name">Rule name reported as evidence (<see cref="TemporalExpression.Rule"/>).</param>
/// <param name="Pattern">The pattern; non-backtracking.</param>
/// <param name="Place">Places one match.</param>
internal sealed record TemporalRule(string Name, Regex Pattern, Func<Match, RuleContext, Placement> Place);
