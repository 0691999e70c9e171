using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Events.Codebook;

/// <summary>Loads the CAMEO codebook through the <see cref="DataCatalog"/> (STYLE A7).</summary>
public static class CameoCodebookCatalogExtensions
{
    private const string CacheKey = "cameo-codebook";

    /// <summary>The CAMEO codebook from <c>data/cameo/codebook.txt</c>, built once per catalog and shared.</summary>
    /// <exception cref="DataFileException">When the file is missing or a line is malformed; the message names file and line.</exception>
    public static CameoCodebook CameoCodebook(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(CacheKey, c => Codebook.CameoCodebook.Load(c.File(Codebook.CameoCodebook.RelativePath)));
    }
}
