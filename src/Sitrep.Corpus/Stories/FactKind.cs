namespace Sitrep.Corpus.Stories;

/// <summary>What a word of a text says for the template rule (<see cref="TemplateRule"/>).</summary>
public enum FactKind : byte
{
    /// <summary>An ordinary word: its change is an edit, not another fact.</summary>
    None,

    /// <summary>A figure: a token with a digit (<c>1.5</c>, <c>6-3/8</c>, <c>12,141,000</c>) or a number word (<c>two</c>).</summary>
    Number,

    /// <summary>
    /// The day of the dateline's date (<c>WASHINGTON, March 30 -</c>); its word is the day number. Two days agree when
    /// they are at most a day apart: a re-publication a day later is the same story, a report a week later is not.
    /// </summary>
    DatelineDay,

    /// <summary>A name: a capitalised word not at the start of a sentence, or a word in capitals (<c>DALLAS</c>, <c>LLOY.L</c>).</summary>
    Name,
}
