using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Dictionaries.Actors;

namespace Sitrep.Extraction.Actors;

/// <summary>Plugs actor coding into a pipeline (STYLE A6).</summary>
public static class ActorPipelineExtensions
{
    /// <summary>Adds the <see cref="ActorCoder"/> with Sitrep's own actor and agent dictionaries, unless present.</summary>
    /// <exception cref="DataFileException">When an actor or agent file is missing or malformed.</exception>
    public static PipelineBuilder UseActors(this PipelineBuilder builder, DataCatalog catalog, ActorCoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(catalog);
        return builder.AddIfNotAlready(() => new ActorCoder(catalog.ActorDictionary(), catalog.AgentDictionary(), options, catalog.FocusGroupDictionary()));
    }
}
