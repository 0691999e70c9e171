using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>Loads ACLED's country regions through the <see cref="DataCatalog"/> (STYLE A7).</summary>
public static class AcledRegionsCatalogExtensions
{
    private const string Key = "acled-regions";

    /// <summary>
    /// Every country with ACLED's name and region, from npm <c>world-countries</c> and <c>data/events/acled-regions.txt</c>,
    /// built once per catalog and shared.
    /// </summary>
    /// <exception cref="DataFileException">When the file or the package is missing or malformed; the message names the file and line.</exception>
    public static AcledRegions AcledRegions(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(Key, c => Acled.AcledRegions.Load(c.File(Acled.AcledRegions.RelativePath), c.NodePackageFile("world-countries", "countries.json")));
    }
}
