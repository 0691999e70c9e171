namespace Sitrep.Store.Export;

/// <summary>What an ACLED row says about a country (issue 8 point 7).</summary>
/// <param name="Iso2">ISO 3166-1 alpha-2 code (<c>LY</c>), as places carry it.</param>
/// <param name="Iso3">ISO 3166-1 alpha-3 code (<c>LBY</c>), as actor codes and ACLED event ids begin.</param>
/// <param name="Numeric">ISO 3166-1 numeric code (ACLED's <c>iso</c> column: 434), or null when the country has none (Kosovo).</param>
/// <param name="Name">The English name ACLED's <c>country</c> column uses (<c>Libya</c>).</param>
/// <param name="Region">ACLED's region (<c>Northern Africa</c>, <c>Middle East</c>, <c>Caucasus and Central Asia</c>).</param>
public sealed record AcledCountry(string Iso2, string Iso3, int? Numeric, string Name, string Region);
