namespace Sitrep.Store.Export;

/// <summary>The administrative divisions a place lies in, by name (ACLED's <c>admin1</c>–<c>admin3</c>); null where unknown.</summary>
/// <param name="Admin1">First-level division (<c>Tripoli</c> district, <c>Gujarat</c> state).</param>
/// <param name="Admin2">Second-level division.</param>
/// <param name="Admin3">Third-level division.</param>
public readonly record struct AdminDivisions(string? Admin1, string? Admin2, string? Admin3);
