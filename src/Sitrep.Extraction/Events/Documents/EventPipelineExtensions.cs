using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Events.Acled;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>Plugs event coding into a pipeline (STYLE A6).</summary>
public static class EventPipelineExtensions
{
    /// <summary>Adds the <see cref="EventCoder"/> with Sitrep's own verb-pattern dictionary, unless present.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="catalog">Where the dictionaries come from.</param>
    /// <param name="options">Event coder settings.</param>
    /// <param name="acledModel">False to type ACLED events by the rules alone.</param>
    /// <exception cref="DataFileException">When the verb dictionary or the codebook is missing or malformed.</exception>
    public static PipelineBuilder UseEvents(this PipelineBuilder builder, DataCatalog catalog, EventCoderOptions? options = null, bool acledModel = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(catalog);
        return builder.AddIfNotAlready(() => new EventCoder(catalog.EventDictionary(), options, catalog.AcledResources(acledModel)));
    }
}
