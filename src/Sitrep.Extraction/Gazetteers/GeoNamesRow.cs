using System.Globalization;

namespace Sitrep.Extraction.Gazetteers;

/// <summary>
/// One row of a GeoNames <c>geoname</c> table (<c>allCountries.txt</c>, <c>cities*.txt</c>, <c>no-country.txt</c>,
/// <c>cities500.txt</c>): 19 TAB-separated columns, fields may be empty.
/// </summary>
internal readonly record struct GeoNamesRow(
    int Id, string Name, string AsciiName, string AlternateNames, double Latitude, double Longitude,
    string FeatureClass, string FeatureCode, string Country, string Admin1, long Population)
{
    /// <summary>GeoNames second-level division code (column 12), empty when the row has none.</summary>
    public string Admin2 { get; init; } = string.Empty;

    /// <summary>Number of columns of the table.</summary>
    public const int Columns = 19;

    /// <summary>Parses a row; false when it has too few columns or a bad id, coordinate or population.</summary>
    public static bool TryParse(string line, out GeoNamesRow row) => TryParse(line, out row, out _);

    /// <summary>Parses a row; false with the reason when it is malformed.</summary>
    public static bool TryParse(string line, out GeoNamesRow row, out string problem)
    {
        row = default;
        var f = line.Split('\t');
        if (f.Length < 15)
        {
            problem = $"{f.Length} columns, expected {Columns}";
            return false;
        }

        if (!int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            problem = $"geonameid '{f[0]}' is not a positive number";
            return false;
        }

        if (!double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || !double.IsFinite(lat) || lat is < -90 or > 90
            || !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || !double.IsFinite(lon) || lon is < -180 or > 180)
        {
            problem = $"latitude '{f[4]}' or longitude '{f[5]}' is not a coordinate";
            return false;
        }

        long population = 0;
        if (f[14].Length > 0 && (!long.TryParse(f[14], NumberStyles.None, CultureInfo.InvariantCulture, out population)))
        {
            problem = $"population '{f[14]}' is not a number";
            return false;
        }

        if (f[1].Length == 0)
        {
            problem = "the name is empty";
            return false;
        }

        row = new GeoNamesRow(id, f[1], f[2], f[3], lat, lon, f[6], f[7], f[8], f[10], population) { Admin2 = f[11] };
        problem = string.Empty;
        return true;
    }

    /// <summary>False for populated places GeoNames marks historical, abandoned or destroyed.</summary>
    public static bool IsLivePlace(string featureCode) => featureCode is not ("PPLH" or "PPLQ" or "PPLW" or "PPLCH");

    /// <summary>Adds the row and its Latin names (name, ASCII name, alternate names) to a builder; returns the handle.</summary>
    public int AddTo(GazetteerBuilder builder, bool replace)
    {
        var handle = builder.Add(new GazetteerPlace(Id, Name, Latitude, Longitude, FeatureCode.Length > 0 ? FeatureCode : FeatureClass, Country.Length == 2 ? Country : null, Admin1.Length > 0 ? Admin1 : null, Population)
        {
            Admin2 = Admin2.Length > 0 ? Admin2 : null,
        }, replace);
        if (AsciiName.Length > 0 && AsciiName != Name)
        {
            builder.AddName(handle, AsciiName, NameKind.Official);
        }

        if (AlternateNames.Length > 0)
        {
            foreach (var alt in AlternateNames.Split(','))
            {
                if (IsUsefulAlternate(alt))
                {
                    builder.AddName(handle, alt, NameKind.Alternate);
                }
            }
        }

        return handle;
    }

    /// <summary>False for alternate names that are codes (<c>TIP</c>), numbers or links rather than names.</summary>
    public static bool IsUsefulAlternate(string name)
    {
        if (name.Length < 2 || name.Length > PlaceNames.MaxKeyLength || name.StartsWith("http", StringComparison.Ordinal))
        {
            return false;
        }

        var letters = 0;
        var lower = false;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                letters++;
                lower |= char.IsLower(c);
            }
        }

        return letters >= 2 && (lower || letters > 3);
    }
}
