using System.Collections.Immutable;
using Sitrep.Core.Diagnostics;

namespace Sitrep.Core.Model;

/// <summary>
/// One article and every layer the pipeline has added to it (STYLE A1). Immutable: a stage returns a new document
/// through <c>with</c>. <see cref="Text"/> is kept verbatim; every span of every layer indexes it.
/// </summary>
public sealed record Document
{
    /// <summary>Creates a document with no layers.</summary>
    /// <param name="id">Stable identifier: the input's <c>id</c>, or a file's name without extension.</param>
    /// <param name="text">The raw text, verbatim.</param>
    /// <param name="metadata">What the input says about the document.</param>
    /// <exception cref="ArgumentException">When <paramref name="id"/> is empty.</exception>
    public Document(string id, string text, DocumentMetadata? metadata = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Metadata = metadata ?? new DocumentMetadata();
    }

    /// <summary>Stable identifier, kept from the input so results join back to it.</summary>
    public string Id { get; }

    /// <summary>The raw text, never modified. For HTML input, the extracted article text; <see cref="SourceMap"/> maps it back to the page.</summary>
    public string Text { get; }

    /// <summary>Metadata from the input and from the text's zones.</summary>
    public DocumentMetadata Metadata { get; init; }

    /// <summary>For text extracted from another format (HTML), the map back to the original input's offsets.</summary>
    public SourceMap? SourceMap { get; init; }

    /// <summary>The layers present.</summary>
    public ImmutableHashSet<LayerKind> Layers { get; init; } = [];

    /// <summary>Classified zones of the text, ordered by start.</summary>
    public ImmutableArray<Zone> Zones { get; init; } = [];

    /// <summary>Tokens of body text, ordered by start.</summary>
    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>Sentences of body text, ordered by start.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>Syntax per token: empty, or one entry per <see cref="Tokens"/> item at the same index.</summary>
    public ImmutableArray<TokenSyntax> Syntax { get; init; } = [];

    /// <summary>Resolved entities; <see cref="Entity.Id"/> is the index.</summary>
    public ImmutableArray<Entity> Entities { get; init; } = [];

    /// <summary>Entity mentions, ordered by start.</summary>
    public ImmutableArray<Mention> Mentions { get; init; } = [];

    /// <summary>Actor codes of entities (issue 3), at most one per entity, ordered by entity id.</summary>
    public ImmutableArray<ActorAssignment> Actors { get; init; } = [];

    /// <summary>Unnamed and generic actors ("police", "gunmen", "a mob"; issue 8 point 1), ordered by start.</summary>
    public ImmutableArray<GenericActor> GenericActors { get; init; } = [];

    /// <summary>Backing relations (issue 3 point 8), in text order.</summary>
    public ImmutableArray<Alignment> Alignments { get; init; } = [];

    /// <summary>Coded events (issue 3 point 4), ordered by evidence start.</summary>
    public ImmutableArray<DocumentEvent> Events { get; init; } = [];

    /// <summary>Geocoded place mentions (issue 4), ordered by start; unresolvable ones are kept without coordinates.</summary>
    public ImmutableArray<ResolvedPlace> Places { get; init; } = [];

    /// <summary>Quotes, ordered by start.</summary>
    public ImmutableArray<Quote> Quotes { get; init; } = [];

    /// <summary>Everything stages noticed about this document.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The text a span covers.</summary>
    public string TextOf(TextSpan span) => span.Of(Text);

    /// <summary>True when the layer is present.</summary>
    public bool Has(LayerKind layer) => Layers.Contains(layer);

    /// <summary>Returns a copy with the layer marked present.</summary>
    public Document WithLayer(LayerKind layer) => this with { Layers = Layers.Add(layer) };

    /// <summary>Returns a copy with one more diagnostic.</summary>
    public Document WithDiagnostic(Diagnostic diagnostic) => this with { Diagnostics = Diagnostics.Add(diagnostic) };
}
