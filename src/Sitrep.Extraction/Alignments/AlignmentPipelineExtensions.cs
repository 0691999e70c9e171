using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Dictionaries.Actors;

namespace Sitrep.Extraction.Alignments;

/// <summary>Plugs alignment extraction into a pipeline (STYLE A6).</summary>
public static class AlignmentPipelineExtensions
{
    /// <summary>Adds the <see cref="AlignmentExtractor"/> unless present.</summary>
    public static PipelineBuilder UseAlignments(this PipelineBuilder builder, DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(catalog);
        return builder.AddIfNotAlready(() => new AlignmentExtractor(catalog.ActorDictionary()));
    }
}
