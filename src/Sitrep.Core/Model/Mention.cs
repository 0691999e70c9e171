namespace Sitrep.Core.Model;

/// <summary>One mention of an entity in the text.</summary>
/// <param name="Span">Where the mention lies in <see cref="Document.Text"/>.</param>
/// <param name="EntityId">Index of the mentioned entity in <see cref="Document.Entities"/>.</param>
/// <param name="Kind">How the entity is mentioned.</param>
public sealed record Mention(TextSpan Span, int EntityId, MentionKind Kind);
