namespace Sitrep.Extraction.Events.Dates;

/// <summary>What a rule resolves against: the article date (an input, STYLE A10) and the tense of the governing verb.</summary>
internal readonly record struct RuleContext(DateOnly Article, VerbTense Tense)
{
    /// <summary>True for present or future context: "on Wednesday" is the article's own day or a later one.</summary>
    public bool Forward => Tense is VerbTense.Present or VerbTense.Future;
}
