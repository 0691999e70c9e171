using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Gazetteers;

/// <summary>Loads the ISO to FIPS 10-4 country table through the <see cref="DataCatalog"/> (STYLE A7).</summary>
public static class IsoFipsCatalogExtensions
{
    private const string Key = "iso-fips";

    /// <summary>The table of <c>data/geo/iso-fips.txt</c>, built once per catalog and shared.</summary>
    /// <exception cref="DataFileException">When the file is missing or malformed; the message names the file and line.</exception>
    public static IsoFipsTable IsoFips(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(Key, c => IsoFipsTable.Load(c.File(IsoFipsTable.RelativePath)));
    }
}
