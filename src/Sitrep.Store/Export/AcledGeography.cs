using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Store.Export;

/// <summary>
/// The facts about places that an ACLED row needs and a document does not carry (issue 8 point 7): each country's ISO
/// codes, English name and ACLED region, and the administrative divisions a resolved place lies in. The Store reads no
/// data files (STYLE A7, §4); the shell builds this from the data catalog (<c>catalog.AcledRegions()</c> and the
/// gazetteer) and tests build it by hand. Immutable and thread-safe when the division lookup is.
/// </summary>
public sealed class AcledGeography
{
    private readonly FrozenDictionary<string, AcledCountry> _byIso2;
    private readonly FrozenDictionary<string, AcledCountry> _byIso3;
    private readonly Func<ResolvedPlace, AdminDivisions>? _divisions;

    /// <summary>Creates the lookup.</summary>
    /// <param name="countries">Every country, each ISO code once.</param>
    /// <param name="divisions">The divisions of a place (from the gazetteer), or null when none are known.</param>
    /// <exception cref="ArgumentException">When two countries share an ISO code.</exception>
    public AcledGeography(IEnumerable<AcledCountry> countries, Func<ResolvedPlace, AdminDivisions>? divisions = null)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var list = countries.ToList();
        _byIso2 = Unique(list, c => c.Iso2);
        _byIso3 = Unique(list, c => c.Iso3);
        _divisions = divisions;
    }

    /// <summary>No countries and no divisions: rows keep only what the document says.</summary>
    public static AcledGeography None { get; } = new([]);

    /// <summary>The country of an ISO alpha-2 code (as <see cref="ResolvedPlace.Country"/> holds it), or null.</summary>
    public AcledCountry? CountryOfIso2(string? iso2) => iso2 is not null && _byIso2.TryGetValue(iso2, out var c) ? c : null;

    /// <summary>The country of an ISO alpha-3 code (the first segment of an actor code), or null.</summary>
    public AcledCountry? CountryOfIso3(string? iso3) => iso3 is not null && _byIso3.TryGetValue(iso3, out var c) ? c : null;

    /// <summary>The divisions <paramref name="place"/> lies in; all null when unknown.</summary>
    public AdminDivisions DivisionsOf(ResolvedPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return _divisions?.Invoke(place) ?? default;
    }

    private static FrozenDictionary<string, AcledCountry> Unique(List<AcledCountry> countries, Func<AcledCountry, string> key)
    {
        var map = new Dictionary<string, AcledCountry>(StringComparer.Ordinal);
        foreach (var c in countries)
        {
            if (!map.TryAdd(key(c), c))
            {
                throw new ArgumentException($"Country code '{key(c)}' is given twice ({map[key(c)].Name}, {c.Name}); give each country once.", nameof(countries));
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
