using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// The actor (or actors, for a compound such as <c>Gondor and Osgiliath</c>) a noun phrase names, with agents applied.
/// </summary>
/// <param name="Start">First word of the first actor phrase.</param>
/// <param name="End">Word after the last actor phrase.</param>
/// <param name="Members">One code per conjunct; two or more make a compound actor.</param>
internal sealed record ActorUnit(int Start, int End, ImmutableArray<ActorCode> Members)
{
    /// <summary>True for a compound actor.</summary>
    public bool IsCompound => Members.Length > 1;
}
