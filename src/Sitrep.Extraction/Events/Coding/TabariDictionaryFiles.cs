namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// Locates and loads user-supplied TABARI/PETRARCH dictionaries from a folder (issue 3 points 3 and 6). These are the
/// user's files, not Sitrep's versioned <c>data/</c> (which only <c>DataCatalog</c> reads). Without a listing the folder
/// must hold the four validation-suite files <c>PETR.Validate.{actors,agents,verbs,discards}.txt</c>; with a
/// PETRARCH <c>PETR_config.ini</c>-style listing, its uncommented <c>[Dictionaries]</c> keys <c>verbfile_name</c>,
/// <c>actorfile_list</c> (comma-separated), <c>agentfile_name</c> and <c>discardfile_name</c> name the files, relative
/// to the folder.
/// </summary>
public static class TabariDictionaryFiles
{
    /// <summary>File names of the validation-suite dictionaries.</summary>
    public static readonly IReadOnlyList<string> ValidationFiles =
        ["PETR.Validate.actors.txt", "PETR.Validate.agents.txt", "PETR.Validate.verbs.txt", "PETR.Validate.discards.txt"];

    /// <summary>Loads the dictionaries of <paramref name="directory"/>.</summary>
    /// <param name="directory">Folder holding the files.</param>
    /// <param name="listing">Optional PETR_config.ini-style file naming them; null for the PETR.Validate.* files.</param>
    /// <param name="problems">
    /// When given, malformed lines are collected here and skipped (the validation files hold deliberate test entries
    /// such as <c>ISILDUR [+++]</c>); when null, the first malformed line throws.
    /// </param>
    /// <exception cref="FileNotFoundException">When a named file is missing; the message names it.</exception>
    /// <exception cref="Dictionaries.Tabari.TabariFormatException">On a malformed dictionary line (file and line in the message) when <paramref name="problems"/> is null.</exception>
    public static CodingDictionaries Load(string directory, string? listing = null, ICollection<Dictionaries.Tabari.TabariFormatException>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string[] actors;
        string agents, verbs;
        string? discards;
        if (listing is null)
        {
            (actors, agents, verbs, discards) = ([ValidationFiles[0]], ValidationFiles[1], ValidationFiles[2], ValidationFiles[3]);
        }
        else
        {
            var keys = ReadListing(listing);
            actors = Required(keys, "actorfile_list", listing).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            agents = Required(keys, "agentfile_name", listing);
            verbs = Required(keys, "verbfile_name", listing);
            discards = keys.GetValueOrDefault("discardfile_name");
        }

        return CodingDictionaries.FromTabari(
            [.. actors.Select(a => Open(directory, a))],
            Open(directory, agents),
            Open(directory, verbs),
            discards is null ? null : Open(directory, discards),
            problems);
    }

    private static (string Name, IEnumerable<string> Lines) Open(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path)
            ? (name, File.ReadAllLines(path))
            : throw new FileNotFoundException($"dictionary file '{path}' does not exist: give --dictionaries a folder holding it.", path);
    }

    private static string Required(Dictionary<string, string> keys, string key, string listing) =>
        keys.TryGetValue(key, out var value) && value.Length > 0 ? value : throw new FormatException($"{listing}: no '{key} = …' line under [Dictionaries].");

    private static Dictionary<string, string> ReadListing(string listing)
    {
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var inDictionaries = false;
        foreach (var raw in File.ReadLines(listing))
        {
            var line = raw.Trim();
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                inDictionaries = line.Equals("[Dictionaries]", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (inDictionaries && !line.StartsWith('#') && eq > 0)
            {
                keys[line[..eq].Trim()] = line[(eq + 1)..].Trim();
            }
        }

        return keys;
    }
}
