namespace Sitrep.Store.Export;

/// <summary>What export writes one row per (<c>--what</c>): a CSV row or a JSONL line (issue 9 point 6).</summary>
public enum ExportSubject
{
    /// <summary>One row per document.</summary>
    Documents,

    /// <summary>One row per entity mention, with its resolved entity.</summary>
    Entities,

    /// <summary>One row per quote, with its speaker.</summary>
    Quotes,

    /// <summary>One row per coded event, in GDELT 2.0 event-table columns plus Sitrep's evidence columns, or in ACLED's columns (<see cref="EventSchema"/>).</summary>
    Events,

    /// <summary>One row per story (issue 10 point 7): its documents, first date and outlets (<see cref="StoryExporter"/>).</summary>
    Stories,
}
