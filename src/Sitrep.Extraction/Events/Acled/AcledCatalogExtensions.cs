using Sitrep.Extraction.Data;
using Sitrep.Extraction.Events.Codebook;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>Loads the ACLED data files through the <see cref="DataCatalog"/> (STYLE A7).</summary>
public static class AcledCatalogExtensions
{
    private const string TaxonomyKey = "acled-types";

    /// <summary>The ACLED typology from <c>data/events/acled-types.txt</c>, built once per catalog and shared.</summary>
    /// <exception cref="DataFileException">When the file is missing or a line is malformed; the message names file and line.</exception>
    public static AcledTaxonomy AcledTaxonomy(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(TaxonomyKey, c => Acled.AcledTaxonomy.Load(c.File(Acled.AcledTaxonomy.RelativePath), c.CameoCodebook()));
    }
}
