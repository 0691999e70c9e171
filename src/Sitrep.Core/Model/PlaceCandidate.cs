namespace Sitrep.Core.Model;

/// <summary>One gazetteer entry a place mention could mean, with the score the geocoder gave it (issue 4 point 4).</summary>
/// <param name="GeonameId">GeoNames id, or null for an entry of Sitrep's own data without one.</param>
/// <param name="Name">The entry's name (<c>Tripoli</c>).</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of its country, if any (<c>LB</c>).</param>
/// <param name="Feature">GeoNames feature code (<c>PPLC</c>, <c>PCLI</c>, <c>ADM1</c>, <c>RGN</c>, <c>CONT</c>).</param>
/// <param name="Latitude">Latitude in degrees (WGS 84).</param>
/// <param name="Longitude">Longitude in degrees (WGS 84).</param>
/// <param name="Score">Share of belief, 0..1: the scores of a mention's candidates sum to at most 1.</param>
public sealed record PlaceCandidate(long? GeonameId, string Name, string? Country, string Feature, double Latitude, double Longitude, double Score);
