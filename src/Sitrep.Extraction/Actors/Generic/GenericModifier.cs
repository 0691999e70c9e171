using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Actors.Generic;

/// <summary>A modifier of <c>data/actors/generic.txt</c> ("armed", "pro-government", "Hindu") and how it changes the heads it applies to.</summary>
/// <param name="Applies">The head agents it changes, or null for any.</param>
/// <param name="Agent">The agent code it gives, or null to keep the head's.</param>
/// <param name="Category">The ACLED type it gives, or null to keep the head's.</param>
/// <param name="Name">The label it gives, or null to keep the head's.</param>
/// <param name="Line">The file line, for evidence.</param>
public sealed record GenericModifier(FrozenSet<string>? Applies, string? Agent, AcledActorCategory? Category, string? Name, int Line)
{
    /// <summary>True when the modifier changes a head with this agent code.</summary>
    public bool AppliesTo(string agent) => Applies is null || Applies.Contains(agent);
}
