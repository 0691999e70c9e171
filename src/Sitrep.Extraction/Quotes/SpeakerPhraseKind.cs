namespace Sitrep.Extraction.Quotes;

/// <summary>What a speaker phrase names.</summary>
internal enum SpeakerPhraseKind
{
    /// <summary>A proper name (<c>Jalel Harchaoui</c>, <c>Reuters</c>).</summary>
    Named,

    /// <summary>A personal pronoun (<c>he</c>), resolved later.</summary>
    Pronoun,

    /// <summary>An unnamed source (<c>a senior Turkish official</c>).</summary>
    Anonymous,

    /// <summary>A body speaking as itself (<c>the police</c>).</summary>
    Institution,

    /// <summary>
    /// A document that names no issuer (<c>The statement continued</c>): resolved to the issuer of an earlier document of
    /// the same kind, else to the subject or nearest person or body before it in its sentence or paragraph (issue 9 point 7).
    /// </summary>
    Document,
}
