using Sitrep.Core.Model;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>A stretch of text that may name a place, before resolution.</summary>
/// <param name="Span">Where the name lies in the text (without a compass word before it).</param>
/// <param name="Role">How it stands in the text.</param>
/// <param name="Source">Which rule found it: <c>entity</c>, <c>metonymy</c>, <c>embedded</c>, <c>scan</c>, <c>dateline</c>, <c>qualifier</c>.</param>
/// <param name="EntityId">The entity the mention belongs to, if any.</param>
internal sealed record PlaceMention(TextSpan Span, PlaceRole Role, string Source, int? EntityId)
{
    /// <summary>A compass word right before the name ("eastern" Libya), with the span it extends the mention to.</summary>
    public (CompassPart Part, string Word, TextSpan Span)? Compass { get; init; }

    /// <summary>Index (in the finder's list) of the mention that qualifies this one ("Tripoli, Lebanon"), or -1.</summary>
    public int Qualifier { get; init; } = -1;

    /// <summary>Why the mention is not a place, when <see cref="Role"/> is <see cref="PlaceRole.NotAPlace"/>.</summary>
    public string? Reason { get; init; }
}
