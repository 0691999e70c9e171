using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>How one gold event fared: the coded event that matches it, if any, and whether its date agrees.</summary>
/// <param name="Gold">The gold event.</param>
/// <param name="Found">The matching coded event: overlapping evidence, acceptable code, source and target; null when none.</param>
/// <param name="DateAgrees">True when the gold gives no date or the found event's date renders as it; null when not found.</param>
/// <param name="Nearest">When not found, the coded event whose evidence overlaps the gold evidence, for diagnosis.</param>
public sealed record SeedEventMatch(SeedGoldEvent Gold, DocumentEvent? Found, bool? DateAgrees, DocumentEvent? Nearest)
{
    /// <summary>
    /// For a gold event with a place (issue 4): true when the coded event at its evidence (<see cref="Found"/>, else
    /// <see cref="Nearest"/>) carries a place named as the gold names it ("Tripoli|Misrata"); null when the gold gives none.
    /// </summary>
    public bool? PlaceAgrees => Gold.Where is not { } where ? null
        : (Found ?? Nearest)?.Place is { } place && where.Split('|').Any(n => place.Place.Text.EndsWith(n, StringComparison.OrdinalIgnoreCase));
}
