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

    /// <summary>One row per backing edge across the documents, with its evidence (issue 10 point 5; <see cref="RelationExporter"/>).</summary>
    Alignments,

    /// <summary>One row per actor across documents (issue 10 point 4): aliases, codes, roles and event counts.</summary>
    Actors,
}
