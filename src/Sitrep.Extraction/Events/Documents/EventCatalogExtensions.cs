using Sitrep.Extraction.Data;
using Sitrep.Extraction.Events.Codebook;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>Loads the verb-pattern dictionary through the <see cref="DataCatalog"/> (STYLE A7).</summary>
public static class EventCatalogExtensions
{
    private const string CacheKey = "event-dictionary";

    /// <summary>Our own verb-pattern dictionary, <c>data/events/verbs.txt</c>, checked against the CAMEO codebook; built once per catalog.</summary>
    /// <exception cref="DataFileException">When the file is missing or a line is malformed; the message names file and line.</exception>
    public static EventDictionary EventDictionary(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(CacheKey, c => Documents.EventDictionary.Load(c.File(Documents.EventDictionary.RelativePath), c.CameoCodebook()));
    }
}
