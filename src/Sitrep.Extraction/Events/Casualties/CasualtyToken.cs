namespace Sitrep.Extraction.Events.Casualties;

/// <summary>One word or punctuation mark of the text being read, with what the lexicon knows of it.</summary>
/// <param name="Start">First UTF-16 index in the raw text, inclusive.</param>
/// <param name="End">Index after the last character.</param>
/// <param name="Info">Word classes, casualty reading and number value.</param>
internal readonly record struct CasualtyToken(int Start, int End, WordInfo Info)
{
    /// <summary>The token's word classes.</summary>
    public WordTags Tags => Info.Tags;

    /// <summary>True when the token has any of <paramref name="tags"/>.</summary>
    public bool Has(WordTags tags) => (Info.Tags & tags) != 0;
}
