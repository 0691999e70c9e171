using Sitrep.Core.Model;

namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>An agent code stored under a phrase.</summary>
internal sealed record AgentCandidate(ActorCode Code, bool IsPrefix, string Path, int Line);
