using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>One CASE 2021 Task 2 gold snippet (issue 8 point 8): a short text reporting one event and its label.</summary>
/// <param name="Id">The record id (<c>case2021t2-17</c>).</param>
/// <param name="Text">The snippet (given by the line or resolved from a corpus); it has no date and no title.</param>
/// <param name="Label">
/// The gold label, one of the 30 task labels, or <see cref="CaseLabel.None"/> for a snippet that reports no event
/// (a line labelled <c>NONE</c>; scored apart, see <see cref="CaseEvaluator.Score"/>).
/// </param>
public sealed record CaseGoldSnippet(string Id, string Text, CaseLabel Label);
