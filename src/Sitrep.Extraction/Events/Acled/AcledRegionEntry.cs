namespace Sitrep.Extraction.Events.Acled;

/// <summary>One country as ACLED's event table names it (issue 8 point 7), from world-countries and <c>data/events/acled-regions.txt</c>.</summary>
/// <param name="Iso2">ISO 3166-1 alpha-2 code (<c>LY</c>).</param>
/// <param name="Iso3">ISO 3166-1 alpha-3 code (<c>LBY</c>).</param>
/// <param name="Numeric">ISO 3166-1 numeric code (434), or null when world-countries gives none (Kosovo).</param>
/// <param name="Name">ACLED's English name of the country: the file's, else world-countries' common name.</param>
/// <param name="Region">ACLED's region (<c>Northern Africa</c>).</param>
public sealed record AcledRegionEntry(string Iso2, string Iso3, int? Numeric, string Name, string Region);
