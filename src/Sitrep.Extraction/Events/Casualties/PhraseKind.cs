namespace Sitrep.Extraction.Events.Casualties;

/// <summary>How a count phrase states its number.</summary>
internal enum PhraseKind
{
    /// <summary>A figure in digits or words ("6 civilians", "at least twelve", "10 to 15").</summary>
    Number,

    /// <summary>A vague quantity ("dozens of people", "several").</summary>
    Vague,

    /// <summary>One person ("a policeman", "the driver", "a 35-year-old").</summary>
    Singular,

    /// <summary>A plural noun for people with no number ("civilians", "the protesters").</summary>
    Plural,

    /// <summary>A pronoun for one person ("he", "himself").</summary>
    Pronoun,

    /// <summary>Nobody ("no one", "none of the passengers", "no civilians").</summary>
    Zero,

    /// <summary>"anyone": nobody when negated ("did not kill anyone"), nothing otherwise.</summary>
    Any,
}
