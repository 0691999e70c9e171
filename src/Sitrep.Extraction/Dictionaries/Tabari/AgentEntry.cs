using System.Collections.Immutable;

namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>
/// An agent (role word): its phrases (singular, plurals, substitution-set expansions) and the code it adds to an actor
/// code — as a suffix (<c>[~GOV]</c>: <c>LBY</c> + <c>GOV</c>) or a prefix (<c>[IGO~]</c>).
/// </summary>
/// <param name="Phrases">Every phrase that names this agent.</param>
/// <param name="Code">The agent code, without the <c>~</c>.</param>
/// <param name="IsPrefix">True when the code goes before the actor code.</param>
/// <param name="Line">Line of the entry, for messages.</param>
public sealed record AgentEntry(ImmutableArray<DictionaryPhrase> Phrases, string Code, bool IsPrefix, int Line);
