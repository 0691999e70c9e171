using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>Loads Sitrep's actor and agent dictionaries through the <see cref="DataCatalog"/> (STYLE A7).</summary>
public static class ActorDictionaryCatalogExtensions
{
    /// <summary>The actor files under <c>data/</c>, in load order: generated countries first, then the curated files.</summary>
    public static readonly IReadOnlyList<string> ActorFiles =
    [
        CountryActorGenerator.RelativePath,
        "actors/places.txt",
        "actors/leaders.txt",
        "actors/groups.txt",
        "actors/organizations.txt",
    ];

    /// <summary>The agent file under <c>data/</c>.</summary>
    public const string AgentFile = "actors/agents.txt";

    private const string ActorKey = "actor-dictionary";
    private const string AgentKey = "agent-dictionary";
    private const string FocusKey = "focus-group-dictionary";

    /// <summary>The actor dictionary from <see cref="ActorFiles"/>, built once per catalog and shared.</summary>
    /// <exception cref="DataFileException">When a file is missing or a line is malformed or conflicts with another; the message names file and line.</exception>
    public static ActorDictionary ActorDictionary(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(ActorKey, c =>
        {
            var files = ActorFiles.Select(c.File).ToArray();
            return Actors.ActorDictionary.Build(files.SelectMany(f => ActorFileReader.Read(f)), files.Select(f => f.Stamp));
        });
    }

    /// <summary>The focus-country group names (<c>*GOV</c> lines) of <see cref="ActorFiles"/>, built once per catalog and shared (issue 9 point 8).</summary>
    /// <exception cref="DataFileException">When a file is missing or a line is malformed; the message names file and line.</exception>
    public static FocusGroupDictionary FocusGroupDictionary(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(FocusKey, c => Actors.FocusGroupDictionary.Build(ActorFiles.Select(c.File).SelectMany(f => ActorFileReader.Read(f))));
    }

    /// <summary>The agent dictionary from <see cref="AgentFile"/>, built once per catalog and shared.</summary>
    /// <exception cref="DataFileException">When the file is missing or a line is malformed; the message names file and line.</exception>
    public static AgentDictionary AgentDictionary(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(AgentKey, c =>
        {
            var file = c.File(AgentFile);
            return Actors.AgentDictionary.Build(AgentFileReader.Read(file), [file.Stamp]);
        });
    }
}
