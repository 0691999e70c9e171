using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>
/// Stage <c>geocoder.v1</c> (issue 4): finds the document's place mentions (<see cref="PlaceMentionFinder"/>) and
/// resolves each to a gazetteer entry using the document as context (<see cref="PlaceResolver"/>), keeping the
/// confidence and runner-ups. A mention no entry fits is kept without coordinates, never dropped. Thread-safe: the
/// gazetteer and lexicons are immutable.
/// </summary>
public sealed class Geocoder : IStage
{
    private readonly PlaceMentionFinder _finder;
    private readonly PlaceResolver _resolver;

    /// <summary>Creates the stage.</summary>
    /// <param name="gazetteer">The gazetteer (<c>catalog.Gazetteer()</c>).</param>
    /// <param name="geo">Compass words (<see cref="GeoLexicon.Load"/>).</param>
    /// <param name="words">Word classes of the entity lexicon, to tell names from common words; optional.</param>
    /// <param name="options">Weights and limits; the tuned defaults when null.</param>
    public Geocoder(Gazetteer gazetteer, GeoLexicon geo, EntityLexicon? words = null, GeocoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(geo);
        Gazetteer = gazetteer;
        _finder = new PlaceMentionFinder(gazetteer, geo, words, new PlaceTokenScanner(gazetteer, geo, words));
        _resolver = new PlaceResolver(gazetteer, geo, options ?? new GeocoderOptions());
    }

    /// <summary>The gazetteer places are resolved against.</summary>
    public Gazetteer Gazetteer { get; }

    /// <inheritdoc />
    public string Name => "geocoder.v1";

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Requires { get; } = [LayerKind.Zones, LayerKind.Tokens, LayerKind.Sentences, LayerKind.Entities];

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Produces { get; } = [LayerKind.Places];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Places = Resolve(document, cancellationToken) };
    }

    /// <summary>The document's places, ordered by start (pure: STYLE A5). Uses actor codes when the document has them.</summary>
    public ImmutableArray<ResolvedPlace> Resolve(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = _finder.Find(document);
        return _resolver.Resolve(document, mentions, cancellationToken);
    }
}
