namespace Sitrep.Core.Model;

/// <summary>One side of an <see cref="DocumentEvent"/>: the actor's code and the words in the event's sentence that name it.</summary>
/// <param name="Code">The actor's CAMEO-style code on the article date (<c>TURGOV</c>).</param>
/// <param name="Name">The entity's canonical name (<c>Turkey</c>), or the words themselves when no entity stands behind them.</param>
/// <param name="Span">The mention in <see cref="Document.Text"/>, always inside the event's sentence ("they" for a resolved pronoun).</param>
/// <param name="EntityId">Index of the entity in <see cref="Document.Entities"/>, when an entity stands behind the mention (null for a generic actor).</param>
public sealed record EventActor(ActorCode Code, string Name, TextSpan Span, int? EntityId)
{
    /// <summary>ACLED's actor type (issue 8 point 1); <see cref="AcledActorCategory.None"/> when not categorised.</summary>
    public AcledActorCategory Category { get; init; }

    /// <summary>True when the actor is an unnamed or generic one ("police", "gunmen") from the generic-actors layer.</summary>
    public bool Generic { get; init; }

    /// <summary>How the code's country and the category were decided (<c>country: event place Ahmedabad (IND)</c>), or null.</summary>
    public string? Rule { get; init; }
}
