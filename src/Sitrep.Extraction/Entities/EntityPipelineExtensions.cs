using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Dictionaries.Actors;

namespace Sitrep.Extraction.Entities;

/// <summary>Plugs entity recognition into a pipeline (STYLE A6).</summary>
public static class EntityPipelineExtensions
{
    /// <summary>Adds the <see cref="EntityRecognizer"/> (with coreference) unless present; its lexicon comes from <paramref name="catalog"/>.</summary>
    /// <exception cref="DataFileException">When a lexicon file or gazetteer package is missing or malformed.</exception>
    public static PipelineBuilder UseEntities(this PipelineBuilder builder, DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(catalog);
        return builder.AddIfNotAlready(() => new EntityRecognizer(catalog.EntityLexicon(), catalog.FocusGroupDictionary()));
    }
}
