namespace Sitrep.Core.Model;

/// <summary>
/// The number of people a text says were killed, or injured, in an event (issue 8 point 3), as ACLED records
/// fatalities: the figure the text states ("killing 6 civilians" → 6, "at least 12 dead" → 12), vague quantities
/// ("dozens", "several") by the conventions of <c>docs/fatalities.md</c>.
/// </summary>
/// <param name="Count">The number of people; never negative.</param>
/// <param name="Span">The words that state it ("killing 6 civilians") in <see cref="Document.Text"/>.</param>
/// <param name="Vague">True when the text gives no exact figure ("dozens", "several", "scores") and the count follows a convention.</param>
/// <param name="Rule">The rule that read it (<c>number+killed</c>, <c>vague:dozens=12</c>).</param>
public sealed record CasualtyCount(int Count, TextSpan Span, bool Vague, string Rule);
