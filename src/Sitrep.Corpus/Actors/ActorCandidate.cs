using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Corpus.Actors;

/// <summary>
/// A person or organisation of one document as the actor resolution sees it (issue 10 point 4): built from the
/// document's entity, its actor code and its mentions by <see cref="ActorCandidates.Of"/>.
/// </summary>
/// <param name="EntityId">The entity's index in <see cref="Document.Entities"/>.</param>
/// <param name="Type"><see cref="EntityType.Person"/> or <see cref="EntityType.Org"/>.</param>
/// <param name="Name">The entity's name with titles stripped (<c>Khalifa Haftar</c>).</param>
/// <param name="Key">The name's transliteration key (<see cref="NameKey.Of"/>).</param>
/// <param name="SurnameKey">A person's last name word's key when the name has two words or more; null otherwise.</param>
/// <param name="Acronym">An organisation's acronym (the document's own link, or a name that is one), upper case; null when none.</param>
/// <param name="Role">The role the document gives (<c>commander</c>), if any.</param>
/// <param name="Affiliation">The affiliation the document gives (<c>GNA</c>), if any.</param>
/// <param name="Code">The entity's actor code on the document's date, if it has one.</param>
/// <param name="Aliases">Every alias the document gives: name, surname, acronym and other mentions, distinct.</param>
/// <param name="EventsAsSource">Events of the document whose source is this entity.</param>
/// <param name="EventsAsTarget">Events of the document whose target is this entity.</param>
public sealed record ActorCandidate(
    int EntityId,
    EntityType Type,
    string Name,
    string Key,
    string? SurnameKey,
    string? Acronym,
    string? Role,
    string? Affiliation,
    ActorCode? Code,
    ImmutableArray<ActorAlias> Aliases,
    int EventsAsSource,
    int EventsAsTarget)
{
    /// <summary>True for a person named by one word only (<c>Haftar</c>, <c>Mr Smith</c>): a surname-only mention.</summary>
    public bool SurnameOnly => Type == EntityType.Person && SurnameKey is null;

    /// <summary>The name's spelling (<see cref="NameKey.Spelling"/>).</summary>
    public string Spelling => NameKey.Spelling(Name);

    /// <summary>The affiliation's key (<see cref="NameKey.Of"/>), or null.</summary>
    public string? AffiliationKey => Affiliation is null ? null : NameKey.Of(Affiliation) is { Length: > 0 } k ? k : null;
}
