namespace Sitrep.Extraction.Quotes;

/// <summary>What a speaker phrase's head noun says about the speaker (column 2 of <c>data/lexicons/quote-sources.txt</c>).</summary>
public enum SourceNounClass
{
    /// <summary>An unnamed source (<c>a senior official</c>): the speaker is anonymous.</summary>
    Anonymous,

    /// <summary>A body speaking as itself (<c>the police</c>): a valid speaker, not anonymous.</summary>
    Institution,

    /// <summary>
    /// A text as the grammatical speaker (<c>the statement</c>, <c>a letter</c>): the quote is credited to its issuer
    /// and the noun kept as the quote's medium; with no issuer in the text, the phrase stands as a valid speaker.
    /// </summary>
    Document,

    /// <summary>A document by an unnamed author (<c>reports said</c>): credited to an issuer it names, else anonymous.</summary>
    AnonymousDocument,
}
