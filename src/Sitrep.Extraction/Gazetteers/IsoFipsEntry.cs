namespace Sitrep.Extraction.Gazetteers;

/// <summary>One country's ISO 3166-1 codes and its FIPS 10-4 code (<c>data/geo/iso-fips.txt</c>).</summary>
/// <param name="Iso2">ISO 3166-1 alpha-2 (<c>DE</c>), as places carry it.</param>
/// <param name="Iso3">ISO 3166-1 alpha-3 (<c>DEU</c>), as actor codes begin.</param>
/// <param name="Fips">FIPS 10-4 (<c>GM</c>), as GDELT's geographic country columns hold it.</param>
/// <param name="Name">English name, for the reader.</param>
public sealed record IsoFipsEntry(string Iso2, string Iso3, string Fips, string Name);
