namespace Sitrep.Extraction.Evaluation;

/// <summary>One line of a seed evaluation: what was expected, what was found, and whether it passes.</summary>
/// <param name="Area">What is checked: <c>quote</c>, <c>person</c>, <c>metadata</c>.</param>
/// <param name="Item">The gold item (quote prefix, person name, field).</param>
/// <param name="Expected">Gold value.</param>
/// <param name="Actual">Predicted value, or a reason it was not found.</param>
/// <param name="Pass">True when the prediction meets the bar.</param>
public sealed record SeedCheck(string Area, string Item, string Expected, string Actual, bool Pass);
