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
}
