namespace Sitrep.Extraction.Entities.Casing;

/// <summary>How edited news writes one word inside a sentence (a line of <c>data/lexicons/word-casing.txt</c>).</summary>
/// <param name="Form">The most frequent spelling that is not all lower case (<c>Iran</c>, <c>NATO</c>, <c>al-Qaeda</c>), or the word in lower case when news never writes it otherwise.</param>
/// <param name="LowerCount">Times it was seen all in lower case.</param>
/// <param name="CasedCount">Times it was seen with a capital letter (in any spelling).</param>
internal readonly record struct WordCasingEntry(string Form, int LowerCount, int CasedCount)
{
    /// <summary>Times seen.</summary>
    public int Total => LowerCount + CasedCount;

    /// <summary>Share of sightings with a capital letter, 0..1.</summary>
    public double CasedShare => Total == 0 ? 0 : (double)CasedCount / Total;
}
