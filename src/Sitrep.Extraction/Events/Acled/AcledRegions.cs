using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>
/// Every country with its ISO codes, ACLED's name for it and ACLED's region (issue 8 point 7: the <c>iso</c>,
/// <c>region</c> and <c>country</c> columns of the ACLED export), built once from npm <c>world-countries</c> and
/// <c>data/events/acled-regions.txt</c> through <see cref="DataCatalog"/> (<see cref="AcledRegionsCatalogExtensions.AcledRegions"/>).
/// A country takes the region of its own line in the file, else of its world-countries subregion's line, else of its
/// region's. Immutable and thread-safe.
/// </summary>
public sealed class AcledRegions
{
    /// <summary>Path of the region file under <c>data/</c>.</summary>
    public const string RelativePath = "events/acled-regions.txt";

    private const string SubregionPrefix = "subregion:";
    private const string RegionPrefix = "region:";

    private readonly FrozenDictionary<string, AcledRegionEntry> _byIso2;

    private AcledRegions(string stamp, ImmutableArray<AcledRegionEntry> countries)
    {
        Stamp = stamp;
        Countries = countries;
        _byIso2 = countries.ToFrozenDictionary(c => c.Iso2, StringComparer.Ordinal);
    }

    /// <summary>Name and version of the region file (<c>acled-regions@v1</c>).</summary>
    public string Stamp { get; }

    /// <summary>Every country, in world-countries' order.</summary>
    public ImmutableArray<AcledRegionEntry> Countries { get; }

    /// <summary>The country of an ISO alpha-2 code, or null.</summary>
    public AcledRegionEntry? OfIso2(string iso2) => iso2 is not null && _byIso2.TryGetValue(iso2, out var c) ? c : null;

    /// <summary>Builds the table from the region file and world-countries' <c>countries.json</c>.</summary>
    /// <exception cref="DataFileException">Naming file and line, for a malformed line, a key that matches no country,
    /// subregion or region, a key given twice, or (naming the file) a country that gets no region.</exception>
    public static AcledRegions Load(DataFile file, string worldCountriesPath)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(worldCountriesPath);
        var countries = ReadWorldCountries(worldCountriesPath);
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in file.Lines)
        {
            var f = line.Fields;
            if (f.Length is < 2 or > 3 || f[0].Length == 0 || f[1].Length == 0)
            {
                throw line.Error("expected 'key<TAB>region[<TAB>name]' (key: subregion:NAME, region:NAME or an ISO alpha-3 code).");
            }

            var key = f[0];
            var isCountry = !key.StartsWith(SubregionPrefix, StringComparison.Ordinal) && !key.StartsWith(RegionPrefix, StringComparison.Ordinal);
            var known = isCountry
                ? countries.Any(c => c.Iso3 == key)
                : countries.Any(c => key == SubregionPrefix + c.Subregion || key == RegionPrefix + c.Region);
            if (!known)
            {
                throw line.Error($"'{key}' is no world-countries country (ISO alpha-3), subregion:NAME or region:NAME.");
            }

            if (f[1] == "-" ? !isCountry || f.Length < 3 || f[2].Length == 0 : regions.ContainsKey(key))
            {
                throw line.Error(f[1] == "-" ? "a region of '-' is only for a country line that gives a name." : $"'{key}' is given twice.");
            }

            if (f[1] != "-")
            {
                regions[key] = f[1];
            }

            if (f.Length == 3 && f[2].Length > 0)
            {
                if (!isCountry || !names.TryAdd(key, f[2]))
                {
                    throw line.Error(isCountry ? $"'{key}' is given two names." : "only a country line gives a name.");
                }
            }
        }

        var entries = ImmutableArray.CreateBuilder<AcledRegionEntry>(countries.Count);
        foreach (var c in countries)
        {
            var region = regions.GetValueOrDefault(c.Iso3) ?? regions.GetValueOrDefault(SubregionPrefix + c.Subregion) ?? regions.GetValueOrDefault(RegionPrefix + c.Region)
                ?? throw new DataFileException(file.Path, 0, $"{c.Name} ({c.Iso3}, subregion '{c.Subregion}', region '{c.Region}') has no ACLED region: add a line for it or its subregion.");
            entries.Add(new AcledRegionEntry(c.Iso2, c.Iso3, c.Numeric, names.GetValueOrDefault(c.Iso3) ?? c.Name, region));
        }

        return new AcledRegions(file.Stamp, entries.MoveToImmutable());
    }

    private static List<(string Iso2, string Iso3, int? Numeric, string Name, string Region, string Subregion)> ReadWorldCountries(string path)
    {
        var result = new List<(string, string, int?, string, string, string)>();
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            string Text(string name) => c.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;
            var iso2 = Text("cca2");
            var iso3 = Text("cca3");
            var name = c.TryGetProperty("name", out var n) && n.TryGetProperty("common", out var common) ? common.GetString() : null;
            if (iso2.Length != 2 || iso3.Length != 3 || string.IsNullOrWhiteSpace(name))
            {
                throw new DataFileException(path, 0, $"a country without cca2, cca3 or name.common ('{iso2}', '{iso3}'): reinstall the package with 'npm ci'.");
            }

            int? numeric = int.TryParse(Text("ccn3"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
            result.Add((iso2, iso3, numeric, name, Text("region"), Text("subregion")));
        }

        return result;
    }
}
