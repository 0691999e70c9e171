using System.Collections.Frozen;

namespace Sitrep.Store.Export;

/// <summary>
/// ISO 3166-1 to FIPS 10-4 country codes for GDELT's geographic country columns (issue 10 point 7). The Store reads no
/// data files (STYLE A7): the shell builds this from the data catalog (<c>catalog.IsoFips()</c>, from
/// <c>data/geo/iso-fips.txt</c>), tests by hand. Immutable and thread-safe.
/// </summary>
public sealed class FipsCountryCodes
{
    private readonly FrozenDictionary<string, string> _fips;

    /// <summary>Creates the lookup.</summary>
    /// <param name="codes">ISO alpha-2 or alpha-3 code and its FIPS code; each ISO code once.</param>
    /// <exception cref="ArgumentException">When an ISO code is given twice.</exception>
    public FipsCountryCodes(IEnumerable<(string Iso, string Fips)> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (iso, fips) in codes)
        {
            if (!map.TryAdd(iso, fips))
            {
                throw new ArgumentException($"ISO code '{iso}' is given twice.", nameof(codes));
            }
        }

        _fips = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>No codes: GDELT's country columns stay empty rather than hold ISO codes.</summary>
    public static FipsCountryCodes None { get; } = new([]);

    /// <summary>The FIPS 10-4 code of an ISO code, or null when unknown.</summary>
    public string? Of(string? iso) => iso is not null && _fips.TryGetValue(iso, out var f) ? f : null;
}
