namespace Sitrep.Corpus.Actors;

/// <summary>One alias of an actor: its kind, its lookup key and the words as written.</summary>
/// <param name="Kind">Name, surname, acronym or another mention.</param>
/// <param name="Key">The lookup key: <see cref="NameKey.Of"/> of the surface, or the upper-case letters of an acronym.</param>
/// <param name="Surface">The name as the document writes it, titles stripped.</param>
public sealed record ActorAlias(AliasKind Kind, string Key, string Surface);
