using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>
/// Actor codes valid from <see cref="From"/> up to <see cref="Until"/> (either open), STYLE A10. Usually one code;
/// several when the dictionary names a compound actor (<c>[ELR/GAL]</c>).
/// </summary>
/// <param name="Codes">The codes, at least one.</param>
/// <param name="From">First day the code applies, inclusive; null = since always.</param>
/// <param name="Until">Last day the code applies, inclusive; null = still.</param>
public sealed record DatedCode(ImmutableArray<ActorCode> Codes, DateOnly? From, DateOnly? Until)
{
    /// <summary>The first (usually only) code.</summary>
    public ActorCode Code => Codes[0];

    /// <summary>True when the code applies on <paramref name="date"/>.</summary>
    public bool AppliesOn(DateOnly date) => (From is null || date >= From) && (Until is null || date <= Until);
}
