namespace Sitrep.Extraction.Entities.Casing;

/// <summary>
/// How a stretch of text uses capital letters (issue 8 point 4). Only <see cref="Normal"/> text carries the capital
/// letter of a name; in the other two regimes every word looks alike and names need lexical evidence.
/// </summary>
internal enum CasingRegime
{
    /// <summary>Newsroom casing: sentence starts and names capitalised, other words in lower case.</summary>
    Normal,

    /// <summary>Everything in lower case (the IndiaPoliceEvents stories), or only sentence starts capitalised in a document that never capitalises a name.</summary>
    Lower,

    /// <summary>Everything in capitals (wire headlines, some whole Reuters-21578 stories).</summary>
    Upper,
}
