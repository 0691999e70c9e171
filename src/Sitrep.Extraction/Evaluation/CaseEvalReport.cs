namespace Sitrep.Extraction.Evaluation;

/// <summary>The CASE 2021 Task 2 evaluation (issue 8 point 8): the headline subset and two for comparison.</summary>
/// <param name="Snippets">All snippets read, of every label and <c>NONE</c>.</param>
/// <param name="Conflict">The 27 conflict and political labels (all but NATURAL_DISASTER, MAN_MADE_DISASTER, OTHER): the headline figures and the floors.</param>
/// <param name="All">All 30 labels, as the shared task scored them.</param>
/// <param name="Acled">The 25 ACLED labels (OTHER included), the shared task's subtask 1.</param>
/// <param name="NoEvent">The snippets labelled <c>NONE</c> (no event), scored apart as a false-positive rate.</param>
public sealed record CaseEvalReport(int Snippets, CaseSubsetScore Conflict, CaseSubsetScore All, CaseSubsetScore Acled, CaseNoEventScore NoEvent);
