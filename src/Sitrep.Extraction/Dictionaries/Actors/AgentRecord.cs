using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>One line of <c>data/actors/agents.txt</c>: a role word, its plurals and the agent code it adds to an actor.</summary>
/// <param name="Code">The agent code (<c>GOV</c>, <c>MIL</c>, <c>IGO</c>).</param>
/// <param name="IsPrefix">True when the code goes before the actor's code (<c>IGO~</c>), false for a suffix (<c>~GOV</c>).</param>
/// <param name="Phrases">The singular phrase first, then its plurals.</param>
/// <param name="Note">Free comment.</param>
/// <param name="Path">File the line came from.</param>
/// <param name="Line">One-based line number.</param>
public sealed record AgentRecord(ActorCode Code, bool IsPrefix, ImmutableArray<string> Phrases, string Note, string Path, int Line);
