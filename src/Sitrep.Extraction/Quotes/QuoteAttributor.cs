using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Quotes;

/// <summary>
/// Stage <c>quote-attributor.v1</c>: adds direct and indirect quotes with resolved speakers (issue 2 point 5).
/// Thin step over <see cref="QuoteFinder"/> (STYLE A5). Immutable and thread-safe.
/// </summary>
public sealed class QuoteAttributor : IStage
{
    /// <summary>The versioned stage name.</summary>
    public const string StageName = "quote-attributor.v1";

    private readonly QuoteFinder _finder;

    /// <summary>Creates the stage.</summary>
    /// <param name="lexicon">Reporting words and source nouns, from <see cref="QuoteLexiconLoader.QuoteLexicon"/>.</param>
    /// <param name="options">Limits; defaults when null.</param>
    public QuoteAttributor(QuoteLexicon lexicon, QuoteAttributorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _finder = new QuoteFinder(lexicon, options, StageName);
    }

    /// <inheritdoc />
    public string Name => StageName;

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Requires { get; } = [LayerKind.Zones, LayerKind.Tokens, LayerKind.Sentences, LayerKind.Entities];

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Produces { get; } = [LayerKind.Quotes];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = _finder.Find(document, cancellationToken);
        return document.WithLayer(LayerKind.Quotes) with
        {
            Quotes = result.Quotes,
            Diagnostics = document.Diagnostics.AddRange(result.Diagnostics),
        };
    }
}
