using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>An actor phrase found in a word sequence.</summary>
/// <param name="Start">Index of the first word (token) of the phrase.</param>
/// <param name="Length">Number of words.</param>
/// <param name="Codes">The codes valid on the lookup date: one, or several for a compound actor (TABARI <c>[ELR/GAL]</c>).</param>
/// <param name="Path">File of the dictionary entry.</param>
/// <param name="Line">Line of the dictionary entry.</param>
public sealed record ActorMatch(int Start, int Length, ImmutableArray<ActorCode> Codes, string Path, int Line)
{
    /// <summary>The first (usually only) code.</summary>
    public ActorCode Code => Codes[0];

    /// <summary>Index after the last word.</summary>
    public int End => Start + Length;
}
