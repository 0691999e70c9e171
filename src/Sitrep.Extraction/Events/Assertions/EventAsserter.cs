using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Quotes;

namespace Sitrep.Extraction.Events.Assertions;

/// <summary>
/// Stage <c>event-asserter.v1</c> (issue 10 point 3): gives every coded event its <see cref="DocumentEvent.AssertedBy"/>,
/// computed by <see cref="AssertionFinder"/> from the events and the quotes (STYLE A5: compute, then annotate).
/// </summary>
public sealed class EventAsserter : IStage
{
    private readonly AssertionFinder _finder;

    /// <summary>Creates the stage.</summary>
    /// <param name="lexicon">The quote attributor's reporting words and source nouns.</param>
    /// <param name="options">Speaker phrase limits; defaults when null.</param>
    public EventAsserter(QuoteLexicon lexicon, QuoteAttributorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _finder = new AssertionFinder(lexicon, options);
    }

    /// <inheritdoc />
    public string Name => "event-asserter.v1";

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Requires { get; } = [LayerKind.Sentences, LayerKind.Entities, LayerKind.Actors, LayerKind.Quotes, LayerKind.Events];

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Produces { get; } = [LayerKind.Assertions];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var assertions = _finder.Find(document);
        var events = document.Events.Select((e, i) => e with { AssertedBy = assertions[i] }).ToImmutableArray();
        return (document with { Events = events }).WithLayer(LayerKind.Assertions);
    }
}
