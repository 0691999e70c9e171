namespace Sitrep.Extraction.Evaluation;

/// <summary>A gold place of the reference article (issue 4 bars).</summary>
/// <param name="Name">The place as written (case aside).</param>
/// <param name="Country">ISO alpha-2 code of its country.</param>
/// <param name="GeonameId">Its GeoNames id, when the gold gives one.</param>
/// <param name="Kind"><c>country</c> or <c>region</c> when the gold says so.</param>
/// <param name="Role"><c>dateline</c> when the place is the dateline.</param>
public sealed record SeedGoldPlace(string Name, string Country, long? GeonameId, string? Kind, string? Role);
