namespace Sitrep.Extraction.Events.Casualties;

/// <summary>A count the reader tied to a casualty word: tokens <c>[First, End)</c>, possibly several coordinated phrases.</summary>
/// <param name="First">First token of the count.</param>
/// <param name="End">Token after the count.</param>
/// <param name="Count">How many people.</param>
/// <param name="Vague">True when a convention gave the count.</param>
/// <param name="Rule">The phrase's rule, or <c>coordinated</c> for a sum ("6 soldiers and 3 civilians").</param>
/// <param name="Kind">How the (first) phrase states its number.</param>
internal readonly record struct Reading(int First, int End, int Count, bool Vague, string Rule, PhraseKind Kind)
{
    /// <summary>The reading of one phrase.</summary>
    public static Reading Of(CountPhrase p) => new(p.Start, p.End, p.Count, p.Vague, p.Rule, p.Kind);
}
