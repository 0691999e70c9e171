using System.Security.Cryptography;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Dictionaries.Tabari;
using Sitrep.Extraction.Events.Codebook;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>Loads the verb-pattern dictionary through the <see cref="DataCatalog"/> (STYLE A7).</summary>
public static class EventCatalogExtensions
{
    private const string CacheKey = "event-dictionary";

    /// <summary>
    /// The catalog's verb-pattern dictionary: the one chosen by <see cref="UseVerbDictionary"/>, else our own
    /// <c>data/events/verbs.txt</c>, checked against the CAMEO codebook; built once per catalog.
    /// </summary>
    /// <exception cref="DataFileException">When the file is missing or a line is malformed; the message names file and line.</exception>
    public static EventDictionary EventDictionary(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(CacheKey, c => Documents.EventDictionary.Load(c.File(Documents.EventDictionary.RelativePath), c.CameoCodebook()));
    }

    /// <summary>
    /// Makes a user's TABARI or PETRARCH-1 verb dictionary the catalog's (issue 3 point 3: users bring their own
    /// dictionaries). Codes the CAMEO codebook lacks, and synsets the file does not define, never code rather than fail;
    /// a malformed line is skipped and added to <paramref name="problems"/> (PETRARCH files carry test codes such as
    /// <c>[xxy]</c>). Call it before the pipeline is built.
    /// </summary>
    /// <exception cref="DataFileException">When the file is missing, or a line is malformed and no <paramref name="problems"/> collection is given.</exception>
    /// <exception cref="InvalidOperationException">When the catalog already handed out another verb dictionary.</exception>
    public static EventDictionary UseVerbDictionary(this DataCatalog catalog, string path, ICollection<TabariFormatException>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new DataFileException(path, 0, "missing: no verb dictionary at this path.");
        }

        var lexicon = Documents.EventDictionary.ReadLexicon(path, problems);
        var stamp = $"verbs:{Path.GetFileName(path)}@{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)).AsSpan(0, 6))}";
        var loaded = Documents.EventDictionary.FromLexicon(stamp, lexicon, catalog.CameoCodebook(), strict: false);
        var used = catalog.Get(CacheKey, _ => loaded);
        if (!ReferenceEquals(used, loaded))
        {
            throw new InvalidOperationException($"The catalog already uses the verb dictionary '{used.Source}'; choose the file before building the pipeline.");
        }

        return used;
    }
}
