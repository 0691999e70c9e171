namespace Sitrep.Extraction.Quotes;

/// <summary>What a speaker phrase's head noun says about the speaker (column 2 of <c>data/lexicons/quote-sources.txt</c>).</summary>
public enum SourceNounClass
{
    /// <summary>An unnamed source (<c>a senior official</c>): the speaker is anonymous.</summary>
    Anonymous,

    /// <summary>A body speaking as itself (<c>the police</c>): a valid speaker, not anonymous.</summary>
    Institution,
}
