namespace Sitrep.Extraction.Quotes;

/// <summary>How a reporting word attributes speech (column 2 of <c>data/lexicons/quote-cues.txt</c>).</summary>
public enum CueClass
{
    /// <summary>A reporting verb whose object is what was said (<c>said</c>, <c>warned</c>).</summary>
    Say,

    /// <summary>A reporting verb that takes the addressee first (<c>told Reuters that …</c>).</summary>
    Tell,

    /// <summary>A phrase naming the source before it (<c>according to X</c>).</summary>
    Source,

    /// <summary>
    /// A verb that reports only quoted words, never a reported clause (<c>posted: “…”</c>, <c>the statement read: “…”</c>):
    /// attributes a direct quote as <see cref="Say"/> does, and is no cue for indirect speech (issue 9 point 7).
    /// </summary>
    Direct,

    /// <summary>A verb that labels something with quoted words (<c>called the move a “…”</c>): attributes only a direct quote right after it.</summary>
    Label,
}
