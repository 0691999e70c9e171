using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Quotes;

/// <summary>Plugs the quote feature into a pipeline (STYLE A6).</summary>
public static class QuotesPipelineExtensions
{
    /// <summary>Appends <see cref="QuoteAttributor"/> unless present. It needs the text and entity layers before it.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="catalog">Where the quote lexicons are read.</param>
    /// <param name="options">Limits; defaults when null.</param>
    public static PipelineBuilder UseQuotes(this PipelineBuilder builder, DataCatalog catalog, QuoteAttributorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(catalog);
        return builder.AddIfNotAlready(() => new QuoteAttributor(catalog.QuoteLexicon(), options));
    }
}
