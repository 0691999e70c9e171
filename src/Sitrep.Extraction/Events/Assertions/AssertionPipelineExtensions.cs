using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Quotes;

namespace Sitrep.Extraction.Events.Assertions;

/// <summary>Plugs the assertion layer into a pipeline (STYLE A6).</summary>
public static class AssertionPipelineExtensions
{
    /// <summary>Appends <see cref="EventAsserter"/> unless present; it needs the events and quotes before it.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="catalog">Where the quote lexicons are read.</param>
    public static PipelineBuilder UseAssertions(this PipelineBuilder builder, DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(catalog);
        return builder.AddIfNotAlready(() => new EventAsserter(catalog.QuoteLexicon()));
    }
}
