using Sitrep.Core.Model;

namespace Sitrep.Extraction.Actors.Generic;

/// <summary>A head phrase of <c>data/actors/generic.txt</c> ("police", "gunmen"): the agent code, ACLED type and label it gives.</summary>
/// <param name="Agent">The CAMEO agent code (<c>COP</c>).</param>
/// <param name="Category">ACLED's actor type.</param>
/// <param name="Name">The ACLED-style label ("Police Forces").</param>
/// <param name="Words">Number of words of the phrase.</param>
/// <param name="Line">The file line, for evidence.</param>
public sealed record GenericHead(string Agent, AcledActorCategory Category, string Name, int Words, int Line)
{
    /// <summary>True for a head that is an actor only with a country, a group or a modifier before it ("Pakistani forces").</summary>
    public bool Bound { get; init; }
}
