using Sitrep.Core.Model;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>
/// What a document says about where it is (issue 4 point 3): how much evidence each country has (unambiguous country
/// names, actor codes, nationalities, the dateline with less weight), which first-level divisions its confident places
/// lie in, and those places' points for proximity.
/// </summary>
internal sealed class PlaceContext
{
    private readonly Gazetteer _gazetteer;
    private readonly double[] _countryWeight;
    private readonly Dictionary<(ushort, ushort), HashSet<string>> _admin1 = [];
    private readonly Dictionary<(ushort, ushort, ushort), HashSet<string>> _admin2 = [];
    private readonly List<(string Key, float Lat, float Lon)> _anchors = [];
    private readonly Dictionary<int, HashSet<string>> _picked = [];

    // Issue 9 point 1: a place named again adds no anchor (the nearest distance is the same without the copy), and
    // distances already measured against the same anchors are remembered; the resolver asks for the same entries often.
    private readonly HashSet<(string Key, float Lat, float Lon)> _anchorSet = [];
    private readonly Dictionary<(int Entry, string Key), double> _nearest = [];
    private readonly Dictionary<(ushort, string), double> _byKey = [];
    private double _total;

    public PlaceContext(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _countryWeight = new double[gazetteer.Tables.CountryCodes.Length];
    }

    public double TotalCountryWeight => _total;

    public void AddCountry(ushort country, double weight)
    {
        if (country > 0 && weight > 0)
        {
            _countryWeight[country] += weight;
            _total += weight;
        }
    }

    /// <summary>Adds the country of a confident place named <paramref name="key"/>: evidence for the others, not for itself.</summary>
    public void AddCountry(ushort country, double weight, string key)
    {
        if (country > 0 && weight > 0)
        {
            AddCountry(country, weight);
            _byKey[(country, key)] = _byKey.GetValueOrDefault((country, key)) + weight;
        }
    }

    /// <summary>The weight of a country's evidence, leaving out what the places named <paramref name="key"/> added.</summary>
    public double CountryWeight(ushort country, string? key = null) =>
        _countryWeight[country] - (key is null ? 0 : _byKey.GetValueOrDefault((country, key)));

    /// <summary>The country's share of all evidence, leaving out what the places named <paramref name="key"/> added.</summary>
    public double CountryShare(ushort country, string? key = null)
    {
        var own = key is null ? 0 : _byKey.GetValueOrDefault((country, key));
        var total = _total - own;
        return total > 0 ? (_countryWeight[country] - own) / total : 0;
    }

    /// <summary>The country with the most evidence, or 0.</summary>
    public ushort FocusCountry()
    {
        ushort best = 0;
        for (ushort c = 1; c < _countryWeight.Length; c++)
        {
            if (_countryWeight[c] > _countryWeight[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>Adds a confident pick's division and point (countries and large areas add neither).</summary>
    public void AddAnchor(string key, int entry)
    {
        var code = _gazetteer.FeatureCode(entry);
        if (FeaturePriors.IsCountry(code) || FeaturePriors.IsLargeArea(code) || code is "PEN" or "DSRT")
        {
            return;
        }

        if (_gazetteer.Admin1IndexAt(entry) is var a and > 0)
        {
            var k = (_gazetteer.CountryIndexAt(entry), a);
            if (!_admin1.TryGetValue(k, out var keys))
            {
                _admin1[k] = keys = new HashSet<string>(StringComparer.Ordinal);
            }

            keys.Add(key);
        }

        var anchor = (key, _gazetteer.LatitudeAt(entry), _gazetteer.LongitudeAt(entry));
        if (_anchorSet.Add(anchor))
        {
            _anchors.Add(anchor);
            _nearest.Clear();
        }
    }

    /// <summary>Adds the entry an unambiguous name stands for (a name only one entry holds: "D.C.").</summary>
    public void AddNamed(string key, int entry)
    {
        if (!_picked.TryGetValue(entry, out var names))
        {
            _picked[entry] = names = new HashSet<string>(StringComparer.Ordinal);
        }

        names.Add(key);
    }

    /// <summary>
    /// True when the document confidently names this entry under another name that only this entry holds ("D.C." →
    /// the District of Columbia makes "Washington, D.C." the district, not the city inside it): names of one place in
    /// one document corefer (issue 9 point 11).
    /// </summary>
    public bool PickedByOther(int entry, string key) =>
        _picked.TryGetValue(entry, out var keys) && (keys.Count > 1 || !keys.Contains(key));

    /// <summary>Adds a confident pick that is a second-level division as a container of the others; false when it is none.</summary>
    public bool AddContainer(string key, int entry)
    {
        if (_gazetteer.FeatureCode(entry) != "ADM2" || _gazetteer.Admin2IndexAt(entry) is not (> 0 and var d))
        {
            return false;
        }

        var k = (_gazetteer.CountryIndexAt(entry), _gazetteer.Admin1IndexAt(entry), d);
        if (!_admin2.TryGetValue(k, out var keys))
        {
            _admin2[k] = keys = new HashSet<string>(StringComparer.Ordinal);
        }

        return keys.Add(key);
    }

    /// <summary>
    /// True when the entry lies in a second-level division (county, district) that the document names under another
    /// name with confidence ("Riverdale … sold in Morris County": the Riverdale of Morris County, New Jersey).
    /// </summary>
    public bool InNamedAdmin2(int entry, string key) =>
        _gazetteer.Admin2IndexAt(entry) is var d and > 0 && _gazetteer.FeatureCode(entry) != "ADM2"
        && _admin2.TryGetValue((_gazetteer.CountryIndexAt(entry), _gazetteer.Admin1IndexAt(entry), d), out var keys)
        && (keys.Count > 1 || !keys.Contains(key));

    /// <summary>True when a confident place of another name lies in the entry's first-level division.</summary>
    public bool SharesAdmin1(int entry, string key) =>
        _gazetteer.Admin1IndexAt(entry) is var a and > 0 && _admin1.TryGetValue((_gazetteer.CountryIndexAt(entry), a), out var keys)
        && (keys.Count > 1 || !keys.Contains(key));

    /// <summary>Distance in km from the entry to the nearest anchor of another name, or infinity.</summary>
    public double NearestAnchorKm(int entry, string key)
    {
        if (_nearest.TryGetValue((entry, key), out var known))
        {
            return known;
        }

        known = MeasureNearestAnchorKm(entry, key);
        _nearest[(entry, key)] = known;
        return known;
    }

    private double MeasureNearestAnchorKm(int entry, string key)
    {
        // Only distances under 300 km matter: an equirectangular estimate suffices, exact haversine only when close.
        var best = double.PositiveInfinity;
        var lat = _gazetteer.LatitudeAt(entry);
        var lon = _gazetteer.LongitudeAt(entry);
        var cos = Math.Cos(lat * Math.PI / 180);
        foreach (var (k, aLat, aLon) in _anchors)
        {
            var dLat = Math.Abs(aLat - lat);
            if (dLat > 5 || string.Equals(k, key, StringComparison.Ordinal))
            {
                continue;
            }

            var dLon = Math.Abs(aLon - lon);
            var dx = Math.Min(dLon, 360 - dLon) * cos;
            var approx = 111.2 * Math.Sqrt((dLat * dLat) + (dx * dx));
            if (approx < 600 && approx < best)
            {
                best = Math.Min(best, GeoMath.DistanceKm(lat, lon, aLat, aLon));
            }
        }

        return best;
    }

    /// <summary>Adds the countries of a document's actor codes (people and organisations) and nationalities.</summary>
    public void AddActorsAndNationalities(Document document, double weight)
    {
        foreach (var a in document.Actors)
        {
            // A place's own actor code (Tripoli → LBYGOV) comes from its name alone: it is no evidence about the place.
            if (a.EntityId < 0 || a.EntityId >= document.Entities.Length || document.Entities[a.EntityId].Type == EntityType.Place)
            {
                continue;
            }

            var code = a.Code.Value;
            if (code.Length >= 3 && _gazetteer.CountryOfIso3(code.AsSpan(0, 3)) is { } iso2)
            {
                AddCountry(_gazetteer.CountryIndex(iso2), weight);
            }
        }

        foreach (var m in document.Mentions)
        {
            if (m.EntityId >= 0 && m.EntityId < document.Entities.Length && document.Entities[m.EntityId].Type == EntityType.Nationality
                && PlaceNames.Key(document.Text.AsSpan(m.Span.Start, m.Span.Length)) is { } key && _gazetteer.DemonymCountry(key) is { } iso2)
            {
                AddCountry(_gazetteer.CountryIndex(iso2), weight);
            }
        }
    }
}
