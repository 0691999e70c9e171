using System.Collections.Immutable;

namespace Sitrep.Extraction.Evaluation;

/// <summary>The result of scoring the reference article against its gold (issue 2 bars).</summary>
/// <param name="Checks">Every check, in order: metadata, quotes, people.</param>
/// <param name="ExtraQuotes">Predicted quotes matching no gold quote, as <c>speaker: text</c> (reported, not failed).</param>
public sealed record SeedReport(ImmutableArray<SeedCheck> Checks, ImmutableArray<string> ExtraQuotes)
{
    /// <summary>True when every check passes.</summary>
    public bool Pass => Checks.All(c => c.Pass);

    /// <summary>Passing and total checks of one area.</summary>
    public (int Passed, int Total) Score(string area) =>
        (Checks.Count(c => c.Area == area && c.Pass), Checks.Count(c => c.Area == area));
}
