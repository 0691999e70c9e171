namespace Sitrep.Extraction.Entities;

/// <summary>A gazetteer entry: a place name's canonical form and what kind of place it is.</summary>
/// <param name="Name">Canonical name (<c>Libya</c>, <c>Tripoli</c>).</param>
/// <param name="CountryCode">ISO 3166 alpha-2 code of the country it lies in, if known.</param>
/// <param name="IsCountry">True for a country.</param>
/// <param name="Population">Population from GeoNames, 0 when unknown.</param>
internal sealed record PlaceEntry(string Name, string? CountryCode, bool IsCountry, long Population);
