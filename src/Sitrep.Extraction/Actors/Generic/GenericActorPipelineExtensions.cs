using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Actors.Generic;

/// <summary>Loads the generic-actor lexicon and plugs the finder into a pipeline (STYLE A6, A7).</summary>
public static class GenericActorPipelineExtensions
{
    private const string CacheKey = "generic-actors";

    /// <summary>The lexicon from <c>data/actors/generic.txt</c>, built once per catalog and shared.</summary>
    /// <exception cref="DataFileException">When the file is missing or a line is malformed; the message names file and line.</exception>
    public static GenericActorLexicon GenericActorLexicon(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(CacheKey, c => Generic.GenericActorLexicon.Load(c.File(Generic.GenericActorLexicon.RelativePath)));
    }

    /// <summary>Adds the <see cref="GenericActorFinder"/>, unless present.</summary>
    /// <exception cref="DataFileException">When the lexicon is missing or malformed.</exception>
    public static PipelineBuilder UseGenericActors(this PipelineBuilder builder, DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(catalog);
        return builder.AddIfNotAlready(() => new GenericActorFinder(catalog.GenericActorLexicon()));
    }
}
