using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>Plugs geocoding into a pipeline (STYLE A6).</summary>
public static class PlacesPipelineExtensions
{
    /// <summary>
    /// Adds the <see cref="Geocoder"/> unless present, over the catalog's gazetteer (the default index, or the one chosen
    /// with <see cref="GazetteerCatalogExtensions.UseGazetteerIndex"/>).
    /// </summary>
    /// <exception cref="DataFileException">When a gazetteer source or <c>data/geo/</c> file is missing or malformed.</exception>
    public static PipelineBuilder UsePlaces(this PipelineBuilder builder, DataCatalog catalog, GeocoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(catalog);
        return builder.AddIfNotAlready(() => new Geocoder(catalog.Gazetteer(), GeoLexicon.Load(catalog), catalog.EntityLexicon(), options));
    }
}
