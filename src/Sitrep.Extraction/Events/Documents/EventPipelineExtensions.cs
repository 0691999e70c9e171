using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Events.Acled;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>Plugs event coding into a pipeline (STYLE A6).</summary>
public static class EventPipelineExtensions
{
    /// <summary>Adds the <see cref="EventCoder"/> with Sitrep's own verb-pattern dictionary, unless present.</summary>
    /// <exception cref="DataFileException">When the verb dictionary or the codebook is missing or malformed.</exception>
    public static PipelineBuilder UseEvents(this PipelineBuilder builder, DataCatalog catalog, EventCoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(catalog);
        return builder.AddIfNotAlready(() => new EventCoder(catalog.EventDictionary(), options, catalog.AcledResources()));
    }
}
