namespace Sitrep.Core.Model;

/// <summary>
/// A resolved entity: everything the document says about one person, organisation, place, nationality or piece of equipment.
/// Its mentions point back to it through <see cref="Mention.EntityId"/>.
/// </summary>
/// <param name="Id">Index of this entity in <see cref="Document.Entities"/>.</param>
/// <param name="Type">Entity type.</param>
/// <param name="Name">Canonical name: the fullest name the document gives (<c>Fathi Bashagha</c>, <c>National Accord Government</c>).</param>
/// <param name="Role">Title or role (<c>Interior Minister</c>), if the text gives one.</param>
/// <param name="Affiliation">Organisation or country the entity belongs to (<c>GNA</c>), if the text gives one.</param>
/// <param name="Acronym">Short form linked to the name (<c>GNA</c>), if any.</param>
public sealed record Entity(int Id, EntityType Type, string Name, string? Role, string? Affiliation, string? Acronym);
