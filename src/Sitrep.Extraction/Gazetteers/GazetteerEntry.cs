using Sitrep.Core.Model;

namespace Sitrep.Extraction.Gazetteers;

/// <summary>One place of a <see cref="Gazetteer"/>.</summary>
/// <param name="Index">Position in the gazetteer (stable for one index file).</param>
/// <param name="GeonameId">GeoNames id, or 0 for an entry of Sitrep's own data without one.</param>
/// <param name="Name">Display name.</param>
/// <param name="Latitude">Latitude in degrees.</param>
/// <param name="Longitude">Longitude in degrees.</param>
/// <param name="FeatureCode">GeoNames feature code (<c>PPLC</c>, <c>PCLI</c>, <c>ADM1</c>, <c>RGN</c>).</param>
/// <param name="Country">ISO 3166-1 alpha-2 code, or empty for a place in no country (a sea, a continent).</param>
/// <param name="Admin1">GeoNames first-level division code inside the country (<c>VA</c>, <c>77</c>), or empty.</param>
/// <param name="Population">Population, 0 when unknown.</param>
/// <param name="Bounds">Extent, for countries and regions that have one.</param>
public readonly record struct GazetteerEntry(
    int Index,
    int GeonameId,
    string Name,
    double Latitude,
    double Longitude,
    string FeatureCode,
    string Country,
    string Admin1,
    long Population,
    GeoBox? Bounds);
