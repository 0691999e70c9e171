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

    /// <summary>
    /// One row per event across documents (issue 10 point 7; <see cref="MergedEventExporter"/>): GDELT 2.0 event-table
    /// columns with real mention counts. <see cref="CsvExporter"/> and <see cref="JsonlExporter"/> given documents write
    /// their per-document events here, as <see cref="Mentions"/>.
    /// </summary>
    Events,

    /// <summary>One row per backing edge across the documents, with its evidence (issue 10 point 5; <see cref="RelationExporter"/>).</summary>
    Alignments,

    /// <summary>One row per actor across documents (issue 10 point 4): aliases, codes, roles and event counts.</summary>
    Actors,

    /// <summary>One row per per-document event (a mention): JSONL as the document's <c>events</c> array; CSV in GDELT's Mentions columns (<see cref="GdeltMentionRow"/>) or ACLED's (<see cref="EventSchema"/>).</summary>
    Mentions,

    /// <summary>One row per story (issue 10 point 7): its documents, first date and outlets (<see cref="StoryExporter"/>).</summary>
    Stories,
}
