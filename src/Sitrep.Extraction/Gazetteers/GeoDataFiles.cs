using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Gazetteers;

/// <summary>Readers of our own gazetteer files under <c>data/geo/</c> (formats in each file's header and <c>data/README.md</c>).</summary>
internal static class GeoDataFiles
{
    public const string Countries = "geo/countries.txt";
    public const string Divisions = "geo/divisions.txt";
    public const string Regions = "geo/regions.txt";
    public const string Aliases = "geo/aliases.txt";
    public const string DivisionPoints = "geo/division-points.txt";
    public const string Compass = "geo/compass.txt";
    public const string FacilityWords = "geo/facility-words.txt";

    /// <summary>Every file the default gazetteer is built from, in build order.</summary>
    public static readonly string[] GazetteerFiles = [Countries, Divisions, DivisionPoints, Regions, Aliases];

    /// <summary><c>geo/countries.txt</c>: ISO alpha-2 → (GeoNames id, feature code).</summary>
    public static Dictionary<string, (int Id, string Feature)> ReadCountries(DataFile file)
    {
        var result = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var line in file.Lines)
        {
            var f = line.Fields;
            if (f.Length < 3 || f[0].Length != 2 || !TryId(f[1], out var id) || !FeaturePriors.IsCountry(f[2]))
            {
                throw line.Error("expected 'ISO2<TAB>geonameid<TAB>PCLI|PCLD|…<TAB>name'.");
            }

            if (!result.TryAdd(f[0], (id, f[2])))
            {
                throw line.Error($"country {f[0]} is listed twice.");
            }
        }

        return result;
    }

    /// <summary><c>geo/divisions.txt</c>: ISO 3166-2 code → (GeoNames admin1 code, GeoNames id).</summary>
    public static Dictionary<string, (string Admin1, int Id)> ReadDivisions(DataFile file)
    {
        var result = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        foreach (var line in file.Lines)
        {
            var f = line.Fields;
            if (f.Length < 3 || f[0].Length < 4 || f[0][2] != '-' || f[1].Length == 0 || !TryId(f[2], out var id))
            {
                throw line.Error("expected 'XX-YYY<TAB>admin1 code<TAB>geonameid<TAB>name'.");
            }

            if (!result.TryAdd(f[0], (f[1], id)))
            {
                throw line.Error($"division {f[0]} is listed twice.");
            }
        }

        return result;
    }

    /// <summary><c>geo/division-points.txt</c>: ISO 3166-2 code → the point of a division its package places abroad.</summary>
    public static Dictionary<string, (double Lat, double Lon)> ReadDivisionPoints(DataFile file)
    {
        var result = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var line in file.Lines)
        {
            var f = line.Fields;
            if (f.Length < 3 || f[0].Length < 4 || f[0][2] != '-'
                || !double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
                || !double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
            {
                throw line.Error("expected 'XX-YYY<TAB>latitude<TAB>longitude<TAB>name'.");
            }

            if (!result.TryAdd(f[0], (lat, lon)))
            {
                throw line.Error($"division {f[0]} is listed twice.");
            }
        }

        return result;
    }

    /// <summary><c>geo/regions.txt</c>: continents, seas and regions with their names and extents.</summary>
    public static List<(GazetteerPlace Place, string[] Names, GeoBox? Bounds)> ReadRegions(DataFile file)
    {
        var result = new List<(GazetteerPlace, string[], GeoBox?)>();
        foreach (var line in file.Lines)
        {
            var f = line.Fields;
            if (f.Length < 6 || !double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || lat is < -90 or > 90 || lon is < -180 or > 180 || f[1].Length == 0)
            {
                throw line.Error("expected 'names<TAB>feature<TAB>geonameid?<TAB>country?<TAB>lat<TAB>lon<TAB>bbox?'.");
            }

            var id = 0;
            if (f[2].Length > 0 && !TryId(f[2], out id))
            {
                throw line.Error($"'{f[2]}' is not a GeoNames id.");
            }

            if (f[3].Length is not (0 or 2))
            {
                throw line.Error($"'{f[3]}' is not an ISO 3166-1 alpha-2 code.");
            }

            var names = Names(f[0]);
            GeoBox? box = null;
            if (f.Length > 6 && f[6].Length > 0)
            {
                box = ParseBox(f[6]) ?? throw line.Error($"'{f[6]}' is not a box 'west south east north'.");
            }

            var place = new GazetteerPlace(id, names[0], lat, lon, f[1], f[3].Length == 2 ? f[3] : null, null, 0) { LocalKey = "region:" + names[0] };
            result.Add((place, names, box));
        }

        return result;
    }

    /// <summary><c>geo/aliases.txt</c>: (target, names, line) with the target as written.</summary>
    public static List<(string Target, string[] Names, DataLine Line)> ReadAliases(DataFile file)
    {
        var result = new List<(string, string[], DataLine)>();
        foreach (var line in file.Lines)
        {
            var f = line.Fields;
            if (f.Length < 2 || f[0].Length < 2 || f[1].Trim().Length == 0)
            {
                throw line.Error("expected 'target<TAB>name | name…'.");
            }

            result.Add((f[0], Names(f[1]), line));
        }

        return result;
    }

    /// <summary><c>geo/compass.txt</c>: compass word (lower case) → part.</summary>
    public static Dictionary<string, CompassPart> ReadCompass(DataFile file)
    {
        var result = new Dictionary<string, CompassPart>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in file.Lines)
        {
            var f = line.Fields;
            if (f.Length < 2 || !Enum.TryParse<CompassPart>(f[1], ignoreCase: false, out var part) || !Enum.IsDefined(part))
            {
                throw line.Error("expected 'word<TAB>N|S|E|W|NE|NW|SE|SW|C'.");
            }

            result[f[0].Trim()] = part;
        }

        return result;
    }

    /// <summary>
    /// Reads <c>facility-words.txt</c>: a word and its source on each line, the source a GeoNames feature code
    /// (<c>S.AIRP</c>) or <c>USPS-C1</c>; a word without a general source is an error (issue 9 point 11).
    /// </summary>
    public static HashSet<string> ReadFacilityWords(DataFile file)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in file.Lines)
        {
            var f = line.Fields;
            if (f.Length < 2 || f[0].Trim().Length == 0 || !IsFacilitySource(f[1].Trim()))
            {
                throw line.Error("expected 'word<TAB>source', the source a GeoNames feature code (S.AIRP) or USPS-C1.");
            }

            result.Add(f[0].Trim());
        }

        return result;
    }

    private static bool IsFacilitySource(string source) =>
        source == "USPS-C1"
        || (source.Length >= 3 && source[1] == '.' && "AHLPRSTUV".Contains(source[0], StringComparison.Ordinal) && source[2..].All(char.IsAsciiLetterUpper));

    public static GeoBox? ParseBox(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var v = new double[4];
        if (parts.Length != 4)
        {
            return null;
        }

        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]))
            {
                return null;
            }
        }

        return v[1] <= v[3] && v[1] >= -90 && v[3] <= 90 && Math.Abs(v[0]) <= 180 && Math.Abs(v[2]) <= 180 ? new GeoBox(v[0], v[1], v[2], v[3]) : null;
    }

    private static string[] Names(string field) => field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool TryId(string text, out int id) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
}
