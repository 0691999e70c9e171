namespace Sitrep.Core.Model;

/// <summary>The actor code of one entity on the article's date, with how it was decided (issue 3 point 1).</summary>
/// <param name="EntityId">Index of the entity in <see cref="Document.Entities"/>.</param>
/// <param name="Code">The CAMEO-style code (<c>LBYGOV</c>, <c>TURMIL</c>).</param>
/// <param name="Rule">How the code was found: <c>dictionary</c>, <c>parts</c> (country or group + role word in the name), <c>affiliation</c> (a person's affiliation and role), <c>demonym</c>.</param>
/// <param name="Evidence">The dictionary entry that gave the code (<c>data/actors/leaders.txt:42</c>), or the phrase it came from.</param>
public sealed record ActorAssignment(int EntityId, ActorCode Code, string Rule, string Evidence);
