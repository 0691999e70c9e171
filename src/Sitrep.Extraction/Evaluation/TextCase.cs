namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// The letter case an evaluation gives a gold text before running the pipeline on it (issue 8 point 4): as written,
/// all lower case (as the IndiaPoliceEvents stories are), or all capitals (as Reuters-21578 headlines and some
/// stories are). Gold offsets stay valid: see <see cref="TextCases.Apply"/>.
/// </summary>
public enum TextCase
{
    /// <summary>The text as written.</summary>
    AsIs,

    /// <summary>Every letter lower case (<see cref="string.ToLowerInvariant()"/>).</summary>
    Lower,

    /// <summary>Every letter upper case (<see cref="string.ToUpperInvariant()"/>).</summary>
    Upper,
}
