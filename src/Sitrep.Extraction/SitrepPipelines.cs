using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Actors.Generic;
using Sitrep.Extraction.Alignments;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Quotes;
using Sitrep.Text;
using Sitrep.Extraction.Events.Assertions;
using Sitrep.Extraction.Events.Documents;

namespace Sitrep.Extraction;

/// <summary>The pipelines Sitrep ships, composed from each feature's <c>Use…()</c> extension (STYLE A6).</summary>
public static class SitrepPipelines
{
    /// <summary>The default analysis pipeline: text layers, then each extraction feature in dependency order.</summary>
    /// <param name="catalog">Where every stage gets its data files.</param>
    /// <param name="acledModel">False to type events by the ACLED rules alone, without the trained model (to train one).</param>
    public static Pipeline CreateDefault(DataCatalog catalog, bool acledModel = true)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new PipelineBuilder()
            .UseText()
            .UseEntities(catalog)
            .UseQuotes(catalog)
            .UseActors(catalog)
            .UseGenericActors(catalog)
            .UseAlignments(catalog)
            .UsePlaces(catalog)
            .UseEvents(catalog, acledModel: acledModel)
            .UseAssertions(catalog)
            .Build();
    }
}
