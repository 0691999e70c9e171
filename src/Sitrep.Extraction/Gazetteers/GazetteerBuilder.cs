using System.Numerics;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Gazetteers;

/// <summary>
/// Collects places and their names from any number of sources, merging a place given twice (same GeoNames id or
/// same local key), and builds the immutable <see cref="Gazetteer"/>. Not thread-safe; one builder per build.
/// </summary>
public sealed class GazetteerBuilder
{
    /// <summary>At most this many places are kept per name key, best prior first (bounds resolution time).</summary>
    public const int MaxPostingsPerKey = 100;

    private static readonly string[] ArticlePrefixes = ["the ", "al ", "el ", "ad ", "ar ", "as ", "an ", "at ", "az ", "ash "];

    private readonly List<Slot> _slots = [];
    private readonly Dictionary<int, int> _byId = [];
    private readonly Dictionary<string, int> _byLocalKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _iso3 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _demonyms = new(StringComparer.Ordinal);

    /// <summary>Number of places so far.</summary>
    public int Count => _slots.Count;

    /// <summary>
    /// Adds a place, or merges it into the place with the same id or local key: with <paramref name="replace"/> its
    /// fields win (a richer source), otherwise the first source's fields stay and only a missing population is filled.
    /// Its name is added as <see cref="NameKind.Primary"/>. Returns the place's handle.
    /// </summary>
    /// <exception cref="ArgumentException">When the coordinates are out of range or the place has neither id nor local key.</exception>
    public int Add(GazetteerPlace place, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(place);
        if (place.Latitude is < -90 or > 90 || place.Longitude is < -180 or > 180 || double.IsNaN(place.Latitude) || double.IsNaN(place.Longitude))
        {
            throw new ArgumentException($"'{place.Name}': latitude {place.Latitude} or longitude {place.Longitude} out of range.", nameof(place));
        }

        if (place.GeonameId <= 0 && string.IsNullOrEmpty(place.LocalKey))
        {
            throw new ArgumentException($"'{place.Name}' needs a GeoNames id or a local key.", nameof(place));
        }

        var handle = place.GeonameId > 0 ? Find(place.GeonameId) : -1;
        if (handle < 0 && place.LocalKey is { } local)
        {
            handle = _byLocalKey.GetValueOrDefault(local, -1);
        }

        if (handle < 0)
        {
            handle = _slots.Count;
            _slots.Add(new Slot(place));
            if (place.GeonameId > 0)
            {
                _byId[place.GeonameId] = handle;
            }
        }
        else
        {
            var slot = _slots[handle];
            if (replace)
            {
                var keep = slot.Place;
                slot.Place = place with
                {
                    Population = place.Population > 0 ? place.Population : keep.Population,
                    Admin1 = place.Admin1 ?? keep.Admin1,
                    Admin2 = place.Admin2 ?? keep.Admin2,
                    GeonameId = place.GeonameId > 0 ? place.GeonameId : keep.GeonameId,
                    LocalKey = place.LocalKey ?? keep.LocalKey,
                };
                if (slot.Place.GeonameId > 0)
                {
                    _byId[slot.Place.GeonameId] = handle;
                }
            }
            else if (slot.Place.Population == 0 && place.Population > 0)
            {
                slot.Place = slot.Place with { Population = place.Population };
            }
        }

        if (place.LocalKey is { } key)
        {
            _byLocalKey[key] = handle;
        }

        AddName(handle, place.Name, NameKind.Primary);
        return handle;
    }

    /// <summary>The handle of the place with GeoNames id <paramref name="geonameId"/>, or -1.</summary>
    public int Find(int geonameId) => _byId.GetValueOrDefault(geonameId, -1);

    /// <summary>The handle of the place with local key <paramref name="localKey"/>, or -1.</summary>
    public int FindLocal(string localKey) => _byLocalKey.GetValueOrDefault(localKey, -1);

    /// <summary>The place behind a handle.</summary>
    public GazetteerPlace this[int handle] => _slots[handle].Place;

    /// <summary>Adds a name to a place (names that are not Latin script are ignored: news in English writes Latin).</summary>
    public void AddName(int handle, string name, NameKind kind)
    {
        if (!string.IsNullOrWhiteSpace(name) && PlaceNames.IsLatin(name))
        {
            var names = _slots[handle].Names;
            names[name] = names.TryGetValue(name, out var k) && k < kind ? k : kind;
        }
    }

    /// <summary>Sets the extent of a place.</summary>
    public void SetBounds(int handle, GeoBox bounds) => _slots[handle].Bounds = bounds;

    /// <summary>Records a country's ISO alpha-3 code beside its alpha-2 code.</summary>
    public void AddCountryCodes(string iso2, string iso3) => _iso3[iso2] = iso3;

    /// <summary>Records a demonym (<c>Libyan</c>) of a country: the geocoder never takes it for a place.</summary>
    public void AddDemonym(string demonym, string iso2)
    {
        if (PlaceNames.Key(demonym) is { } key)
        {
            _demonyms.TryAdd(key, iso2);
        }
    }

    /// <summary>Builds the immutable gazetteer; <paramref name="stamp"/> records what it was built from.</summary>
    public Gazetteer Build(string stamp)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        var strings = new StringTable();
        var features = new StringTable();
        var countries = new StringTable();
        var admin1s = new StringTable();
        var admin2s = new StringTable();
        countries.Add(string.Empty);
        admin1s.Add(string.Empty);
        admin2s.Add(string.Empty);
        var n = _slots.Count;
        var t = new
        {
            Ids = new int[n], Lat = new float[n], Lon = new float[n], Pop = new int[n], Feat = new byte[n],
            Country = new ushort[n], Admin1 = new ushort[n], Admin2 = new ushort[n], Names = new int[n],
        };
        var priors = new float[n];
        var postings = new Dictionary<string, Dictionary<int, NameKind>>(StringComparer.Ordinal);
        var bounded = new List<int>();
        var bounds = new List<float>();
        for (var i = 0; i < n; i++)
        {
            var slot = _slots[i];
            var p = slot.Place;
            t.Ids[i] = p.GeonameId;
            t.Lat[i] = (float)p.Latitude;
            t.Lon[i] = (float)p.Longitude;
            t.Pop[i] = (int)Math.Clamp(p.Population, 0, int.MaxValue);
            t.Feat[i] = checked((byte)features.Add(p.FeatureCode));
            t.Country[i] = checked((ushort)countries.Add(p.Country ?? string.Empty));
            t.Admin1[i] = checked((ushort)admin1s.Add(p.Admin1 ?? string.Empty));
            t.Admin2[i] = checked((ushort)admin2s.Add(p.Admin2 ?? string.Empty));
            t.Names[i] = strings.Add(p.Name);
            priors[i] = (float)FeaturePriors.Prior(p.FeatureCode, p.Population);
            if (slot.Bounds is { } b)
            {
                bounded.Add(i);
                bounds.AddRange([(float)b.West, (float)b.South, (float)b.East, (float)b.North]);
            }

            foreach (var (name, kind) in slot.Names)
            {
                if (PlaceNames.Key(name) is not { } key)
                {
                    continue;
                }

                Post(postings, key, i, kind);
                foreach (var prefix in ArticlePrefixes)
                {
                    if (key.Length > prefix.Length + 2 && key.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        Post(postings, key[prefix.Length..], i, NameKind.Derived);
                    }
                }
            }
        }

        var keys = postings.Keys.Order(StringComparer.Ordinal).ToArray();
        var keyStrings = new int[keys.Length];
        var postingStarts = new int[keys.Length + 1];
        var flat = new List<int>();
        for (var k = 0; k < keys.Length; k++)
        {
            keyStrings[k] = strings.Add(keys[k]);
            postingStarts[k] = flat.Count;
            var ranked = postings[keys[k]]
                .OrderByDescending(e => priors[e.Key] - FeaturePriors.NamePenalty(e.Value))
                .ThenBy(e => t.Ids[e.Key])
                .ThenBy(e => e.Key)
                .Take(MaxPostingsPerKey);
            flat.AddRange(ranked.Select(e => (e.Key << 2) | (int)e.Value));
        }

        postingStarts[keys.Length] = flat.Count;
        var prefixes = keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal).ToArray();
        int[] prefixStrings = [.. prefixes.Select(strings.Add)];
        var demonymKeys = _demonyms.Keys.Order(StringComparer.Ordinal).ToArray();
        ushort[] demonymCountries = [.. demonymKeys.Select(d => checked((ushort)countries.Add(_demonyms[d])))];
        int[] demonymStrings = [.. demonymKeys.Select(strings.Add)];
        var tables = new GazetteerTables
        {
            Stamp = stamp,
            Ids = t.Ids,
            Latitudes = t.Lat,
            Longitudes = t.Lon,
            Populations = t.Pop,
            Features = t.Feat,
            FeatureCodes = [.. features.Strings],
            Countries = t.Country,
            CountryCodes = [.. countries.Strings],
            CountryIso3 = [.. countries.Strings.Select(c => _iso3.GetValueOrDefault(c, string.Empty))],
            Admin1s = t.Admin1,
            Admin1Codes = [.. admin1s.Strings],
            Admin2s = t.Admin2,
            Admin2Codes = [.. admin2s.Strings],
            NameStrings = t.Names,
            KeyStrings = keyStrings,
            PostingStarts = postingStarts,
            Postings = [.. flat],
            BoundedEntries = [.. bounded],
            Bounds = [.. bounds],
            DemonymStrings = demonymStrings,
            DemonymCountries = demonymCountries,
            PrefixStrings = prefixStrings,
            Chars = strings.Chars(out var starts),
            StringStarts = starts,
            Buckets = [],
            PrefixBuckets = [],
        };
        return new Gazetteer(WithBuckets(tables));
    }

    /// <summary>Fills the hash slots of a table set whose keys and prefixes are in place.</summary>
    internal static GazetteerTables WithBuckets(GazetteerTables tables) => new()
    {
        Stamp = tables.Stamp, Ids = tables.Ids, Latitudes = tables.Latitudes, Longitudes = tables.Longitudes, Populations = tables.Populations,
        Features = tables.Features, FeatureCodes = tables.FeatureCodes, Countries = tables.Countries, CountryCodes = tables.CountryCodes,
        CountryIso3 = tables.CountryIso3, Admin1s = tables.Admin1s, Admin1Codes = tables.Admin1Codes,
        Admin2s = tables.Admin2s, Admin2Codes = tables.Admin2Codes, NameStrings = tables.NameStrings,
        Chars = tables.Chars, StringStarts = tables.StringStarts, KeyStrings = tables.KeyStrings, PostingStarts = tables.PostingStarts,
        Postings = tables.Postings, Buckets = Slots(tables, tables.KeyStrings), BoundedEntries = tables.BoundedEntries, Bounds = tables.Bounds,
        DemonymStrings = tables.DemonymStrings, DemonymCountries = tables.DemonymCountries,
        PrefixStrings = tables.PrefixStrings, PrefixBuckets = Slots(tables, tables.PrefixStrings),
    };

    // An open-addressing table over strings of the blob: slot = FNV-1a hash, linear probing; value = index + 1.
    private static int[] Slots(GazetteerTables tables, int[] strings)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, strings.Length * 2));
        var buckets = new int[size];
        for (var k = 0; k < strings.Length; k++)
        {
            var slot = (int)(GazetteerTables.Hash(tables.String(strings[k])) & (uint)(size - 1));
            while (buckets[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            buckets[slot] = k + 1;
        }

        return buckets;
    }

    private static void Post(Dictionary<string, Dictionary<int, NameKind>> postings, string key, int entry, NameKind kind)
    {
        if (!postings.TryGetValue(key, out var list))
        {
            postings[key] = list = [];
        }

        list[entry] = list.TryGetValue(entry, out var k) && k < kind ? k : kind;
    }

    private sealed class Slot(GazetteerPlace place)
    {
        public GazetteerPlace Place { get; set; } = place;

        public Dictionary<string, NameKind> Names { get; } = new(StringComparer.Ordinal);

        public GeoBox? Bounds { get; set; }
    }
}
