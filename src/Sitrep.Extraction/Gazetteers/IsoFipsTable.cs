using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Gazetteers;

/// <summary>
/// ISO 3166-1 country codes to FIPS 10-4 (issue 10 point 7): GDELT's <c>ActionGeo_CountryCode</c> and the other
/// <c>*Geo_CountryCode</c> columns hold FIPS codes (Germany <c>GM</c>, the United Kingdom <c>UK</c>, Israel <c>IS</c>),
/// not ISO ones. Read from <c>data/geo/iso-fips.txt</c>, generated from GeoNames <c>countryInfo.txt</c> (its header
/// gives the command) through <see cref="DataCatalog"/> (<see cref="IsoFipsCatalogExtensions.IsoFips"/>).
/// </summary>
public sealed class IsoFipsTable
{
    /// <summary>The file, relative to <c>data/</c>.</summary>
    public const string RelativePath = "geo/iso-fips.txt";

    private readonly FrozenDictionary<string, string> _fips;

    private IsoFipsTable(string stamp, ImmutableArray<IsoFipsEntry> entries)
    {
        Stamp = stamp;
        Entries = entries;
        _fips = entries.SelectMany(e => new[] { KeyValuePair.Create(e.Iso2, e.Fips), KeyValuePair.Create(e.Iso3, e.Fips) })
            .ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The file's stamp (<c>geo-iso-fips@v1</c>).</summary>
    public string Stamp { get; }

    /// <summary>Every country with a FIPS code, in file order.</summary>
    public ImmutableArray<IsoFipsEntry> Entries { get; }

    /// <summary>The FIPS 10-4 code of an ISO alpha-2 or alpha-3 code (upper case), or null when it has none.</summary>
    public string? FipsOf(string? iso) => iso is not null && _fips.TryGetValue(iso, out var f) ? f : null;

    /// <summary>Parses the file: <c>iso2 TAB iso3 TAB fips TAB name</c>.</summary>
    /// <exception cref="DataFileException">On a malformed line or a code given twice; the message names the file and line.</exception>
    public static IsoFipsTable Load(DataFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var entries = ImmutableArray.CreateBuilder<IsoFipsEntry>(file.Lines.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in file.Lines)
        {
            var f = line.Fields;
            if (f.Length != 4 || !IsCode(f[0], 2) || !IsCode(f[1], 3) || !IsCode(f[2], 2))
            {
                throw line.Error("expected 'ISO alpha-2<TAB>ISO alpha-3<TAB>FIPS 10-4<TAB>name', codes in upper-case letters.");
            }

            if (!seen.Add(f[0]) || !seen.Add(f[1]))
            {
                throw line.Error($"'{f[0]}' or '{f[1]}' is given twice.");
            }

            entries.Add(new IsoFipsEntry(f[0], f[1], f[2], f[3]));
        }

        return new IsoFipsTable(file.Stamp, entries.MoveToImmutable());
    }

    private static bool IsCode(string s, int length) => s.Length == length && s.All(char.IsAsciiLetterUpper);
}
