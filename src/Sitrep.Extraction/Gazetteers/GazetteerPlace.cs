namespace Sitrep.Extraction.Gazetteers;

/// <summary>A place given to a <see cref="GazetteerBuilder"/>.</summary>
/// <param name="GeonameId">GeoNames id, or 0 for a place of Sitrep's own data without one (then <see cref="LocalKey"/> identifies it).</param>
/// <param name="Name">Display name.</param>
/// <param name="Latitude">Latitude in degrees, -90..90.</param>
/// <param name="Longitude">Longitude in degrees, -180..180.</param>
/// <param name="FeatureCode">GeoNames feature code (<c>PPL</c>, <c>PCLI</c>, <c>ADM1</c>, <c>RGN</c>).</param>
/// <param name="Country">ISO 3166-1 alpha-2 code, or null.</param>
/// <param name="Admin1">GeoNames first-level division code inside the country, or null.</param>
/// <param name="Population">Population, 0 when unknown.</param>
public sealed record GazetteerPlace(int GeonameId, string Name, double Latitude, double Longitude, string FeatureCode, string? Country, string? Admin1, long Population)
{
    /// <summary>Identifies a place without a GeoNames id across sources (<c>region:cyrenaica</c>, <c>iso:LY-BA</c>).</summary>
    public string? LocalKey { get; init; }

    /// <summary>GeoNames second-level division code inside the first-level one (<c>027</c> for Morris County, New Jersey), or null.</summary>
    public string? Admin2 { get; init; }
}
