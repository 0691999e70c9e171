using System.Collections.Immutable;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>One record of the PETRARCH validation suite in our JSONL form (<c>petrarch-validation-dev.jsonl</c>).</summary>
/// <param name="Id">Record id (<c>DEMO-02</c>).</param>
/// <param name="Category">Category (<c>DEMO</c>, <c>COMPOUND</c>, …).</param>
/// <param name="Date">Article date.</param>
/// <param name="Text">Sentence text.</param>
/// <param name="Parse">Penn Treebank parse; null when absent.</param>
/// <param name="Expected">Gold events (source and target as written; may hold non-code text such as <c>"INJURY TOLL"</c>).</param>
/// <param name="Active">True when the record counts in the score.</param>
/// <param name="RequireDyad">The record's <c>config.require_dyad</c>.</param>
public sealed record ValidationRecord(string Id, string Category, DateOnly Date, string Text, string? Parse,
    ImmutableArray<ValidationEvent> Expected, bool Active, bool RequireDyad);
